<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 días)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>hace %Ln semana</numerusform>
            <numerusform>hace %Ln semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation>1 episodio</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>hace %1 meses</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>hace %1 años</translation>
    </message>
    <message>
        <source>Appointment summary: spasms and twitching</source>
        <translation>Resumen para la cita: espasmos y sacudidas musculares</translation>
    </message>
    <message>
        <source>Cause not recorded</source>
        <translation>Causa sin anotar</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Afectación: %1</translation>
    </message>
    <message>
        <source>Affected side not recorded</source>
        <translation>Lado afectado sin anotar</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nacimiento: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>the diary starts on %1</source>
        <translation>el diario empieza el %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Logged by %1; not recorded: %2.</source>
        <translation>Anotado por %1; sin constar: %2.</translation>
    </message>
    <message>
        <source>Logged by %1.</source>
        <translation>Anotado por %1.</translation>
    </message>
    <message>
        <source>no complete day yet</source>
        <translation>aún no hay ningún día completo</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Sin cambio claro</translation>
    </message>
    <message>
        <source>%1 a day against %2</source>
        <translation>%1 al día frente a %2</translation>
    </message>
    <message>
        <source>last 4 weeks: %1</source>
        <translation>últimas 4 semanas: %1</translation>
    </message>
    <message>
        <source>against the period before: %1</source>
        <translation>frente al periodo anterior: %1</translation>
    </message>
    <message>
        <source>second half against first: %1</source>
        <translation>segunda mitad frente a la primera: %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Severity, middle value</source>
        <translation>Gravedad, valor central</translation>
    </message>
    <message>
        <source>Days with stiffness</source>
        <translation>Días con rigidez</translation>
    </message>
    <message>
        <source>Next appointment: %1 (no questions written yet).</source>
        <translation>Próxima cita: %1 (aún sin preguntas escritas).</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Usual peak</source>
        <translation>Efecto máximo habitual</translation>
    </message>
    <message>
        <source>Usual wearing off</source>
        <translation>Fin habitual del efecto</translation>
    </message>
    <message>
        <source>Episodes a week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>Weeks after the injection (week 0 is the injection day and the 6 days after it)</source>
        <translation>Semanas después de la inyección (la semana 0 es el día de la inyección y los 6 días siguientes)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>in the %1 since the diary started</source>
        <translation>en los %1 desde que empezó el diario</translation>
    </message>
    <message>
        <source>No episodes.</source>
        <translation>Ningún episodio.</translation>
    </message>
    <message>
        <source>All %1 episodes of the period, stiffness included: mild %2, moderate %3, severe %4 (%5); the middle value is %6.</source>
        <translation>Los %1 episodios del periodo, incluida la rigidez: leve %2, moderado %3, grave %4 (%5); el valor central es %6.</translation>
    </message>
    <message>
        <source>Mean pain %1 out of 10 (recorded for %2 of %3); 7 or more in %4 (%5).</source>
        <translation>Dolor medio %1 de 10 (anotado en %2 de %3); 7 o más en %4 (%5).</translation>
    </message>
    <message>
        <source>No pain scores were recorded.</source>
        <translation>No se anotó ninguna puntuación de dolor.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Noted as suspected triggers: %1.</source>
        <translation>Anotados como posibles desencadenantes: %1.</translation>
    </message>
    <message>
        <source>%1 had no trigger noted.</source>
        <translation>En %1 no se anotó ningún desencadenante.</translation>
    </message>
    <message>
        <source>No triggers were noted.</source>
        <translation>No se anotó ningún desencadenante.</translation>
    </message>
    <message>
        <source>From the daily check-ins:</source>
        <translation>Según los registros diarios:</translation>
    </message>
    <message>
        <source>The daily check-ins show no clear difference with sleep, stress, fluids, meals or exercises in this period.</source>
        <translation>Los registros diarios no muestran una diferencia clara según el sueño, el estrés, la bebida, las comidas o los ejercicios en este periodo.</translation>
    </message>
    <message>
        <source>A link is not proof of a cause. Five factors are compared, so one of them may look linked by chance; a link is claimed only with at least 14 days on each side.</source>
        <translation>Una relación no es una prueba de la causa. Se comparan cinco factores, así que uno puede parecer relacionado por casualidad; solo se habla de relación con al menos 14 días en cada lado.</translation>
    </message>
    <message>
        <source>Severity %1: %2 (the most common).</source>
        <translation>Gravedad %1: %2 (la más frecuente).</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>sin cambio claro</translation>
    </message>
    <message>
        <source>%1: %2 a day against %3</source>
        <translation>%1: %2 al día frente a %3</translation>
    </message>
    <message>
        <source>fewer than %1 days of entries to compare</source>
        <translation>menos de %1 días con anotaciones para comparar</translation>
    </message>
    <message>
        <source>%1 a day in the last 4 weeks (%2) against %3 in the 4 weeks before (%4)</source>
        <translation>%1 al día en las últimas 4 semanas (%2) frente a %3 en las 4 semanas anteriores (%4)</translation>
    </message>
    <message>
        <source>%1 a day in this period (%2) against %3 in the period before it (%4)</source>
        <translation>%1 al día en este periodo (%2) frente a %3 en el periodo anterior (%4)</translation>
    </message>
    <message>
        <source>%1 a day in the second half of the diary&apos;s days in the period (%2) against %3 in the first half (%4)</source>
        <translation>%1 al día en la segunda mitad de los días del diario en el periodo (%2) frente a %3 en la primera mitad (%4)</translation>
    </message>
    <message>
        <source>%1; %2 times as many, likely range %3 to %4.</source>
        <translation>%1; %2 veces lo de antes, rango probable de %3 a %4.</translation>
    </message>
    <message>
        <source>No complete day yet: today is not over.</source>
        <translation>Aún no hay ningún día completo: hoy no ha terminado.</translation>
    </message>
    <message>
        <source>%1 episodes a day (spasms, twitches, cramps and clonus): %2 on the %3 complete days from %4.</source>
        <translation>%1 episodios al día (espasmos, sacudidas, calambres y clono): %2 en los %3 días completos del %4.</translation>
    </message>
    <message>
        <source>Stiffness on %1 of those days.</source>
        <translation>Rigidez en %1 de esos días.</translation>
    </message>
    <message>
        <source>Today is not counted: it is not over.</source>
        <translation>Hoy no se cuenta: no ha terminado.</translation>
    </message>
    <message>
        <source>Fewer than %1 complete days of entries in this period: too few to compare.</source>
        <translation>Menos de %1 días completos con anotaciones en este periodo: demasiado pocos para comparar.</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>con lesión</translation>
    </message>
    <message>
        <source>not injured</source>
        <translation>sin lesión</translation>
    </message>
    <message>
        <source>Falls: %1, %2 with an injury: %3.</source>
        <translation>Caídas: %1, %2 con lesión: %3.</translation>
    </message>
    <message>
        <source>No falls logged.</source>
        <translation>No se anotó ninguna caída.</translation>
    </message>
    <message>
        <source>Woken by spasms on %1 of %2 nights answered in the check-ins.</source>
        <translation>Se despertó por espasmos %1 de %2 noches respondidas en los registros diarios.</translation>
    </message>
    <message>
        <source>Frequency %1 (estimate): %2.</source>
        <translation>Frecuencia %1 (estimación): %2.</translation>
    </message>
    <message>
        <source>Estimated from the last %1 (%2) of the diary, not scored by a clinician.</source>
        <translation>Estimada a partir de los últimos %1 (%2) del diario, no puntuada por un profesional.</translation>
    </message>
    <message>
        <source>Twitches, spasms, cramps and clonus count; stiffness does not.</source>
        <translation>Cuentan las sacudidas, los espasmos, los calambres y el clono; la rigidez no.</translation>
    </message>
    <message>
        <source>Counted episodes with no kind recorded: %1.</source>
        <translation>Episodios contados sin tipo anotado: %1.</translation>
    </message>
    <message>
        <source>no daily check-ins in this period</source>
        <translation>ningún registro diario en este periodo</translation>
    </message>
    <message>
        <source>therapy on %1 of %2</source>
        <translation>terapia en %1 de %2</translation>
    </message>
    <message>
        <source>exercises done on %1 of %2</source>
        <translation>ejercicios hechos en %1 de %2</translation>
    </message>
    <message>
        <source>willingness for therapy %1 out of 10 on average (%2)</source>
        <translation>disposición para la terapia de %1 sobre 10 de media (%2)</translation>
    </message>
    <message>
        <source>%1 therapy sessions logged (%2 minutes)</source>
        <translation>%1 sesiones de terapia registradas (%2 minutos)</translation>
    </message>
    <message>
        <source>with willingness %1 out of 10</source>
        <translation>con una disposición de %1 sobre 10</translation>
    </message>
    <message>
        <source>Therapy was not recorded in the check-ins.</source>
        <translation>La terapia no se anotó en los registros diarios.</translation>
    </message>
    <message>
        <source>Falls and nights</source>
        <translation>Caídas y noches</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <source>(%1 doses logged in the period)</source>
        <translation>(%1 tomas registradas en el periodo)</translation>
    </message>
    <message>
        <source>(%1 a day)</source>
        <translation>(%1 al día)</translation>
    </message>
    <message>
        <source>this dose since %1</source>
        <translation>esta dosis desde el %1</translation>
    </message>
    <message>
        <source>Side effects noted: %1</source>
        <translation>Efectos secundarios anotados: %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 de %3 a %4</translation>
    </message>
    <message>
        <source>%1: %2 %3 stopped</source>
        <translation>%1: se dejó %2 %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>la semana %1</translation>
    </message>
    <message>
        <source>no complete week yet</source>
        <translation>aún no hay ninguna semana completa</translation>
    </message>
    <message>
        <source>fell from %1</source>
        <translation>bajaron desde %1</translation>
    </message>
    <message>
        <source>did not fall below 80% of the weeks before</source>
        <translation>no bajaron del 80&#xa0;% de las semanas anteriores</translation>
    </message>
    <message>
        <source>lowest in %1 (%2, against %3 a week in the 4 weeks before the injection)</source>
        <translation>lo más bajo en %1 (%2, frente a %3 por semana en las 4 semanas antes de la inyección)</translation>
    </message>
    <message>
        <source>back by %1</source>
        <translation>volvieron en %1</translation>
    </message>
    <message>
        <source>not back before the next injection (%1)</source>
        <translation>no volvieron antes de la siguiente inyección (%1)</translation>
    </message>
    <message>
        <source>not back yet</source>
        <translation>aún no han vuelto</translation>
    </message>
    <message>
        <source>%1 (%2 weeks ago): %3.</source>
        <translation>%1 (hace %2 semanas): %3.</translation>
    </message>
    <message>
        <source>Episodes in the injected regions and side after %1: %2.</source>
        <translation>Episodios en las zonas y el lado inyectados después del %1: %2.</translation>
    </message>
    <message>
        <source>After %1: %2.</source>
        <translation>Después del %1: %2.</translation>
    </message>
    <message>
        <source>Medications now</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>Dose changes</source>
        <translation>Cambios de dosis</translation>
    </message>
    <message>
        <source>Last injection</source>
        <translation>Última inyección</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Dose change</source>
        <translation>Cambio de dosis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Made with %1 from a family diary; not a medical record.</source>
        <translation>Hecho con %1 a partir de un diario familiar; no es un informe médico.</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period: no episodes and no daily check-ins. Choose a longer period, or keep logging and print again before the appointment.</source>
        <translation>No se registró nada en este periodo: ni episodios ni registros diarios. Elija un periodo más largo, o siga anotando y vuelva a imprimir antes de la cita.</translation>
    </message>
    <message>
        <source>In this period</source>
        <translation>En este periodo</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Con qué gravedad</translation>
    </message>
    <message>
        <source>Better or worse</source>
        <translation>Mejor o peor</translation>
    </message>
    <message>
        <source>Penn Spasm Frequency Scale</source>
        <translation>Escala de frecuencia de espasmos de Penn</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Posibles desencadenantes</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Preguntas para esta cita</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>sin espasmos</translation>
    </message>
    <message>
        <source>spasms only when touched or moved</source>
        <translation>espasmos solo al tocar o mover</translation>
    </message>
    <message>
        <source>spasms less than once an hour</source>
        <translation>espasmos menos de una vez por hora</translation>
    </message>
    <message>
        <source>spasms once an hour or more</source>
        <translation>espasmos una vez por hora o más</translation>
    </message>
    <message>
        <source>spasms more than 10 times an hour</source>
        <translation>espasmos más de 10 veces por hora</translation>
    </message>
    <message>
        <source>The figures count what the family logged; episodes nobody logged are missing.</source>
        <translation>Las cifras cuentan lo que anotó la familia; faltan los episodios que nadie anotó.</translation>
    </message>
    <message>
        <source>Bars: episodes each day. Line: the average of the 7 days up to each day.</source>
        <translation>Barras: episodios de cada día. Línea: la media de los 7 días hasta ese día.</translation>
    </message>
    <message>
        <source>Bars: the average number of episodes a day in each week (Monday to Sunday).</source>
        <translation>Barras: la media de episodios al día en cada semana (de lunes a domingo).</translation>
    </message>
    <message>
        <source>Bars: the average number of episodes a day in each month.</source>
        <translation>Barras: la media de episodios al día en cada mes.</translation>
    </message>
    <message>
        <source>Every kind of episode, stiffness included (page 1&apos;s rate leaves it out).</source>
        <translation>Todos los tipos de episodio, rigidez incluida (la frecuencia de la página 1 no la cuenta).</translation>
    </message>
    <message>
        <source>Episodes per day</source>
        <translation>Episodios por día</translation>
    </message>
    <message>
        <source>Severity and pain</source>
        <translation>Gravedad y dolor</translation>
    </message>
    <message>
        <source>The mean of the episodes each day (each week or month for long periods). Days without episodes have no point.</source>
        <translation>La media de los episodios de cada día (de cada semana o mes en periodos largos). Los días sin episodios no tienen punto.</translation>
    </message>
    <message>
        <source>Time of day and day of the week</source>
        <translation>Hora del día y día de la semana</translation>
    </message>
    <message>
        <source>All episodes of the period, by the hour they started and by weekday.</source>
        <translation>Todos los episodios del periodo, según la hora en que empezaron y el día de la semana.</translation>
    </message>
    <message>
        <source>Where on the body</source>
        <translation>Dónde en el cuerpo</translation>
    </message>
    <message>
        <source>Episodes by body region and side (the 10 most frequent regions).</source>
        <translation>Episodios por zona del cuerpo y lado (las 10 zonas más frecuentes).</translation>
    </message>
    <message>
        <source>Episodes by body region and side.</source>
        <translation>Episodios por zona del cuerpo y lado.</translation>
    </message>
    <message>
        <source>Suspected triggers and daily factors</source>
        <translation>Posibles desencadenantes y factores diarios</translation>
    </message>
    <message>
        <source>How often each suspected trigger was noted with an episode. An episode can have several, so the shares can add up to more than 100%.</source>
        <translation>Cuántas veces se anotó cada posible desencadenante con un episodio. Un episodio puede tener varios, así que los porcentajes pueden sumar más del 100&#xa0;%.</translation>
    </message>
    <message>
        <source>No trigger noted</source>
        <translation>Sin desencadenante anotado</translation>
    </message>
    <message>
        <source>Suspected trigger</source>
        <translation>Posible desencadenante</translation>
    </message>
    <message>
        <source>Share of episodes</source>
        <translation>Porcentaje de episodios</translation>
    </message>
    <message>
        <source>Not enough check-ins yet to compare: %1.</source>
        <translation>Aún no hay suficientes registros diarios para comparar: %1.</translation>
    </message>
    <message>
        <source>These compare days with and without each factor in this diary only. A link is not proof of a cause: something else may explain both, and a few bad days can make a difference look bigger than it is. The likely range is a 95% interval, widened because episodes come in clusters. Please discuss any change with the care team.</source>
        <translation>Estas cifras comparan los días con y sin cada factor, solo en este diario. Una relación no prueba una causa: otra cosa puede explicar ambas, y unos pocos días malos pueden hacer que una diferencia parezca mayor de lo que es. El rango probable es un intervalo del 95&#xa0;%, ampliado porque los episodios vienen en rachas. Hable de cualquier cambio con los profesionales sanitarios.</translation>
    </message>
    <message>
        <source>Episodes on days with and without each factor</source>
        <translation>Episodios en los días con y sin cada factor</translation>
    </message>
    <message>
        <source>Daily check-ins, week by week</source>
        <translation>Registros diarios, semana a semana</translation>
    </message>
    <message>
        <source>Daily check-ins, month by month</source>
        <translation>Registros diarios, mes a mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Check-ins (days)</source>
        <translation>Registros (días)</translation>
    </message>
    <message>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <source>Fluids (glasses)</source>
        <translation>Bebida (vasos)</translation>
    </message>
    <message>
        <source>Stress (0–10)</source>
        <translation>Estrés (0–10)</translation>
    </message>
    <message>
        <source>Poor meals (days)</source>
        <translation>Comidas escasas (días)</translation>
    </message>
    <message>
        <source>Exercises (days)</source>
        <translation>Ejercicios (días)</translation>
    </message>
    <message>
        <source>Therapy (days)</source>
        <translation>Terapia (días)</translation>
    </message>
    <message>
        <source>Willingness (0–10)</source>
        <translation>Disposición (0–10)</translation>
    </message>
    <message>
        <source>Means of the days with a check-in. “3/5”: 3 of the 5 days that recorded it. A dash: nothing recorded (never counted as zero).</source>
        <translation>Medias de los días con registro. «3/5»: 3 de los 5 días en que se anotó. Un guion: no se anotó nada (nunca cuenta como cero).</translation>
    </message>
    <message>
        <source>The episodes of the last %1 of the period (%2), oldest first: %3. The whole log is in the CSV export (File, Export).</source>
        <translation>Los episodios de los últimos %1 del periodo (%2), del más antiguo al más reciente: %3. El registro completo está en la exportación CSV (Archivo, Exportar).</translation>
    </message>
    <message>
        <source>Every episode of the period, oldest first (%1).</source>
        <translation>Todos los episodios del periodo, del más antiguo al más reciente (%1).</translation>
    </message>
    <message>
        <source>The most recent %1 of the %2 episodes of the period, from %3 to %4, oldest first. The whole log is in the CSV export (File, Export).</source>
        <translation>Los %1 más recientes de los %2 episodios del periodo, del %3 al %4, del más antiguo al más reciente. El registro completo está en la exportación CSV (Archivo, Exportar).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Episode log</source>
        <translation>Registro de episodios</translation>
    </message>
    <message>
        <source>Episodes each day</source>
        <translation>Episodios de cada día</translation>
    </message>
    <message>
        <source>Average episodes a day, each week</source>
        <translation>Media de episodios al día, por semana</translation>
    </message>
    <message>
        <source>Average episodes a day, each month</source>
        <translation>Media de episodios al día, por mes</translation>
    </message>
    <message>
        <source>Today, not over yet</source>
        <translation>Hoy, aún sin terminar</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Treatment (see key)</source>
        <translation>Tratamiento (ver leyenda)</translation>
    </message>
    <message>
        <source>Episodes a day</source>
        <translation>Episodios al día</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Mean pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Lowest to highest</source>
        <translation>Del más bajo al más alto</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 leve</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 moderado</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 grave</translation>
    </message>
    <message>
        <source>Mean severity</source>
        <translation>Gravedad media</translation>
    </message>
    <message>
        <source>Hour of the day (00 = midnight to 1 am)</source>
        <translation>Hora del día (00 = de medianoche a la 1)</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Could not start writing the document.</source>
        <translation>No se pudo empezar a escribir el documento.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>(note below)</source>
        <translation>(nota abajo)</translation>
    </message>
    <message>
        <source>Episodes that day</source>
        <translation>Episodios ese día</translation>
    </message>
    <message>
        <source>A day (bigger: several days)</source>
        <translation>Un día (más grande: varios días)</translation>
    </message>
    <message>
        <source>Straight-line trend</source>
        <translation>Tendencia en línea recta</translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>Haga clic para verlos</translation>
    </message>
    <message>
        <source>%1 days with %2</source>
        <translation>%1 días con %2</translation>
    </message>
    <message>
        <source>%1 days with a check-in value.</source>
        <translation>%1 días con este dato en el registro diario.</translation>
    </message>
    <message>
        <source>Too few different days for a trend line.</source>
        <translation>Hay muy pocos días distintos para una línea de tendencia.</translation>
    </message>
    <message>
        <source>The trend line is flat.</source>
        <translation>La línea de tendencia es plana.</translation>
    </message>
    <message>
        <source>The trend line rises by %1 episodes a day %2.</source>
        <translation>La línea de tendencia sube %1 episodios al día %2.</translation>
    </message>
    <message>
        <source>The trend line falls by %1 episodes a day %2.</source>
        <translation>La línea de tendencia baja %1 episodios al día %2.</translation>
    </message>
    <message>
        <source>Likely range of the slope: %1 to %2 episodes a day %3.</source>
        <translation>Rango probable de la pendiente: de %1 a %2 episodios al día %3.</translation>
    </message>
    <message>
        <source>That range includes no change.</source>
        <translation>Ese rango incluye la ausencia de cambio.</translation>
    </message>
    <message>
        <source>Hours slept the night before</source>
        <translation>Horas dormidas la noche anterior</translation>
    </message>
    <message>
        <source>%1 hours slept</source>
        <translation>%1 horas dormidas</translation>
    </message>
    <message>
        <source>for each extra hour of sleep</source>
        <translation>por cada hora más de sueño</translation>
    </message>
    <message>
        <source>No hours of sleep recorded in this period. Add them in the daily check-in.</source>
        <translation>No se anotaron horas de sueño en este periodo. Añádalas en el registro diario.</translation>
    </message>
    <message>
        <source>Stress that day (0–10)</source>
        <translation>Estrés ese día (0–10)</translation>
    </message>
    <message>
        <source>Stress %1</source>
        <translation>Estrés %1</translation>
    </message>
    <message>
        <source>for each extra point of stress</source>
        <translation>por cada punto más de estrés</translation>
    </message>
    <message>
        <source>No stress scores recorded in this period. Add them in the daily check-in.</source>
        <translation>No se anotó el estrés en este periodo. Añádalo en el registro diario.</translation>
    </message>
    <message>
        <source>Glasses to drink that day</source>
        <translation>Vasos bebidos ese día</translation>
    </message>
    <message>
        <source>%1 glasses</source>
        <translation>%1 vasos</translation>
    </message>
    <message>
        <source>for each extra glass</source>
        <translation>por cada vaso más</translation>
    </message>
    <message>
        <source>No fluids recorded in this period. Add them in the daily check-in.</source>
        <translation>No se anotó la bebida en este periodo. Añádala en el registro diario.</translation>
    </message>
    <message>
        <source>Short sleep (under 6 hours)</source>
        <translation>Poco sueño (menos de 6 horas)</translation>
    </message>
    <message>
        <source>High stress (7 or more out of 10)</source>
        <translation>Estrés alto (7 o más sobre 10)</translation>
    </message>
    <message>
        <source>Low fluids (under 6 glasses)</source>
        <translation>Poca bebida (menos de 6 vasos)</translation>
    </message>
    <message>
        <source>Poor meals</source>
        <translation>Comidas escasas</translation>
    </message>
    <message>
        <source>No exercises</source>
        <translation>Sin ejercicios</translation>
    </message>
    <message>
        <source>From 7:00 on days after a night under 6 hours</source>
        <translation>Desde las 7:00, los días después de una noche de menos de 6 horas</translation>
    </message>
    <message>
        <source>from 7:00 after a night of 6 hours or more</source>
        <translation>desde las 7:00 después de una noche de 6 horas o más</translation>
    </message>
    <message>
        <source>From 7:00 on the second day after a night under 6 hours</source>
        <translation>Desde las 7:00, el segundo día después de una noche de menos de 6 horas</translation>
    </message>
    <message>
        <source>from 7:00 on the second day after a night of 6 hours or more</source>
        <translation>desde las 7:00 el segundo día después de una noche de 6 horas o más</translation>
    </message>
    <message>
        <source>On days with stress of 7 or more</source>
        <translation>Los días con estrés de 7 o más</translation>
    </message>
    <message>
        <source>on days with stress under 7</source>
        <translation>los días con estrés por debajo de 7</translation>
    </message>
    <message>
        <source>On days after a day with stress of 7 or more</source>
        <translation>Los días después de un día con estrés de 7 o más</translation>
    </message>
    <message>
        <source>after a day with stress under 7</source>
        <translation>después de un día con estrés por debajo de 7</translation>
    </message>
    <message>
        <source>On days with under 6 glasses to drink</source>
        <translation>Los días con menos de 6 vasos de bebida</translation>
    </message>
    <message>
        <source>on days with 6 or more</source>
        <translation>los días con 6 o más</translation>
    </message>
    <message>
        <source>On days after a day with under 6 glasses to drink</source>
        <translation>Los días después de un día con menos de 6 vasos de bebida</translation>
    </message>
    <message>
        <source>after a day with 6 or more</source>
        <translation>después de un día con 6 o más</translation>
    </message>
    <message>
        <source>On days with poor meals</source>
        <translation>Los días con comidas escasas</translation>
    </message>
    <message>
        <source>on days with fair or good meals</source>
        <translation>los días con comidas regulares o buenas</translation>
    </message>
    <message>
        <source>On days after a day with poor meals</source>
        <translation>Los días después de un día con comidas escasas</translation>
    </message>
    <message>
        <source>after a day with fair or good meals</source>
        <translation>después de un día con comidas regulares o buenas</translation>
    </message>
    <message>
        <source>On days without exercises</source>
        <translation>Los días sin ejercicios</translation>
    </message>
    <message>
        <source>on days with exercises</source>
        <translation>los días con ejercicios</translation>
    </message>
    <message>
        <source>On days after a day without exercises</source>
        <translation>Los días después de un día sin ejercicios</translation>
    </message>
    <message>
        <source>after a day with exercises</source>
        <translation>después de un día con ejercicios</translation>
    </message>
    <message>
        <source>1 more night under 6 hours</source>
        <translation>1 noche más de menos de 6 horas</translation>
    </message>
    <message>
        <source>1 more night of 6 hours or more</source>
        <translation>1 noche más de 6 horas o más</translation>
    </message>
    <message>
        <source>1 more day with stress of 7 or more</source>
        <translation>1 día más con estrés de 7 o más</translation>
    </message>
    <message>
        <source>1 more day with stress under 7</source>
        <translation>1 día más con estrés por debajo de 7</translation>
    </message>
    <message>
        <source>1 more day with under 6 glasses</source>
        <translation>1 día más con menos de 6 vasos</translation>
    </message>
    <message>
        <source>1 more day with 6 glasses or more</source>
        <translation>1 día más con 6 vasos o más</translation>
    </message>
    <message>
        <source>1 more day with poor meals</source>
        <translation>1 día más con comidas escasas</translation>
    </message>
    <message>
        <source>1 more day with fair or good meals</source>
        <translation>1 día más con comidas regulares o buenas</translation>
    </message>
    <message>
        <source>1 more day without exercises</source>
        <translation>1 día más sin ejercicios</translation>
    </message>
    <message>
        <source>1 more day with exercises</source>
        <translation>1 día más con ejercicios</translation>
    </message>
    <message>
        <source>%1 more nights under 6 hours</source>
        <translation>%1 noches más de menos de 6 horas</translation>
    </message>
    <message>
        <source>%1 more nights of 6 hours or more</source>
        <translation>%1 noches más de 6 horas o más</translation>
    </message>
    <message>
        <source>%1 more days with stress of 7 or more</source>
        <translation>%1 días más con estrés de 7 o más</translation>
    </message>
    <message>
        <source>%1 more days with stress under 7</source>
        <translation>%1 días más con estrés por debajo de 7</translation>
    </message>
    <message>
        <source>%1 more days with under 6 glasses</source>
        <translation>%1 días más con menos de 6 vasos</translation>
    </message>
    <message>
        <source>%1 more days with 6 glasses or more</source>
        <translation>%1 días más con 6 vasos o más</translation>
    </message>
    <message>
        <source>%1 more days with poor meals</source>
        <translation>%1 días más con comidas escasas</translation>
    </message>
    <message>
        <source>%1 more days with fair or good meals</source>
        <translation>%1 días más con comidas regulares o buenas</translation>
    </message>
    <message>
        <source>%1 more days without exercises</source>
        <translation>%1 días más sin ejercicios</translation>
    </message>
    <message>
        <source>%1 more days with exercises</source>
        <translation>%1 días más con ejercicios</translation>
    </message>
    <message>
        <source> This is a link, not proof of a cause.</source>
        <translation> Es una relación, no una prueba de la causa.</translation>
    </message>
    <message>
        <source>Not enough data yet. %1 is needed.</source>
        <translation>Aún no hay datos suficientes. Hace falta %1.</translation>
    </message>
    <message>
        <source>Not enough data yet. %1 are needed.</source>
        <translation>Aún no hay datos suficientes. Hacen falta %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>There were no episodes on any of these days (based on %1 and %2 days), so there is nothing to compare.</source>
        <translation>No hubo episodios en ninguno de estos días (según %1 y %2 días), así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>%1, there were on average %2 episodes a day, compared with %3 %4</source>
        <translation>%1 hubo de media %2 episodios al día, frente a %3 %4</translation>
    </message>
    <message>
        <source> (based on %1 and %2 days). The data do not show a clear difference (likely range %3 to %4 times as many).</source>
        <translation> (según %1 y %2 días). Los datos no muestran una diferencia clara (rango probable: de %3 a %4 veces más).</translation>
    </message>
    <message>
        <source> (likely range %1 to %2 times as many; based on %3 and %4 days).</source>
        <translation> (rango probable: de %1 a %2 veces más; según %3 y %4 días).</translation>
    </message>
    <message>
        <source> (%1 times as many; likely range %2 to %3; based on %4 and %5 days).</source>
        <translation> (%1 veces más; rango probable: de %2 a %3; según %4 y %5 días).</translation>
    </message>
    <message>
        <source> (fewer: %1 times as many; likely range %2 to %3; based on %4 and %5 days).</source>
        <translation> (menos: %1 veces; rango probable: de %2 a %3; según %4 y %5 días).</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Aún no hay suficientes datos</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nada que comparar</translation>
    </message>
    <message>
        <source>A clear difference</source>
        <translation>Una diferencia clara</translation>
    </message>
    <message>
        <source>No clear difference</source>
        <translation>Sin diferencia clara</translation>
    </message>
    <message>
        <source>Check-in factors and episodes</source>
        <translation>Factores del registro diario y episodios</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy the comparisons as text</source>
        <translation>Copiar las comparaciones como texto</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Saber más</translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation>Sin espasmos</translation>
    </message>
    <message>
        <source>Spasms only when touched or moved</source>
        <translation>Espasmos solo al tocar o mover</translation>
    </message>
    <message>
        <source>Spasms less than once an hour</source>
        <translation>Espasmos menos de una vez por hora</translation>
    </message>
    <message>
        <source>Spasms once an hour or more</source>
        <translation>Espasmos una vez por hora o más</translation>
    </message>
    <message>
        <source>Spasms more than 10 times an hour</source>
        <translation>Espasmos más de 10 veces por hora</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>El %1</translation>
    </message>
    <message>
        <source>Over the %1 days from %2 to %3</source>
        <translation>Durante los %1 días del %2 al %3</translation>
    </message>
    <message>
        <source>%1 a day over the %2 complete days of the period (%3 episodes); stiffness on %4 days</source>
        <translation>%1 al día en los %2 días completos del periodo (%3 episodios); rigidez en %4 días</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Codo</translation>
    </message>
    <message>
        <source>Forearm</source>
        <translation>Antebrazo</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>Muñeca</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Dedos de la mano</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>Tobillo</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Dedos del pie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Sacudida</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Espasmo</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Clono</translation>
    </message>
    <message>
        <source>Stress or anxiety</source>
        <translation>Estrés o ansiedad</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Dormir mal</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Not enough to drink</source>
        <translation>Beber poco</translation>
    </message>
    <message>
        <source>Poor diet</source>
        <translation>Comer mal</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Vejiga llena</translation>
    </message>
    <message>
        <source>Skin problem or pressure</source>
        <translation>Problema de piel o presión</translation>
    </message>
    <message>
        <source>Pain elsewhere</source>
        <translation>Dolor en otra parte</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Position or posture</source>
        <translation>Posición o postura</translation>
    </message>
    <message>
        <source>Splint or brace fit</source>
        <translation>Ajuste de la férula u ortesis</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Dosis olvidada</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Splint</source>
        <translation>Férula</translation>
    </message>
    <message>
        <source>Brace</source>
        <translation>Ortesis</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Changing position</source>
        <translation>Cambiar de posición</translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation>Distracción</translation>
    </message>
    <message>
        <source>Nothing helped</source>
        <translation>Nada ayudó</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Descansando</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Durmiendo</translation>
    </message>
    <message>
        <source>Eating</source>
        <translation>Comiendo</translation>
    </message>
    <message>
        <source>Dressing</source>
        <translation>Vistiéndose</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Aseándose</translation>
    </message>
    <message>
        <source>Bathing</source>
        <translation>Bañándose</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminando</translation>
    </message>
    <message>
        <source>Moving between bed, chair or toilet</source>
        <translation>Pasando de la cama, la silla o el inodoro</translation>
    </message>
    <message>
        <source>Therapy or exercises</source>
        <translation>Terapia o ejercicios</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>I saw it</source>
        <translation>Lo vi yo</translation>
    </message>
    <message>
        <source>They told me</source>
        <translation>Me lo dijo</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Mild: noticeable, but it does not get in the way.</source>
        <translation>Leve: se nota, pero no molesta.</translation>
    </message>
    <message>
        <source>Moderate: it gets in the way of what they were doing.</source>
        <translation>Moderado: estorba en lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>Severe: strong enough to stop them or move the limb.</source>
        <translation>Grave: tan fuerte que obliga a parar o mueve la extremidad.</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Accidente cerebrovascular</translation>
    </message>
    <message>
        <source>Brain injury</source>
        <translation>Lesión cerebral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, ambos lados</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1, lado izquierdo</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1, lado derecho</translation>
    </message>
    <message>
        <source>Each part compares days with and without something noted in the daily check-in. Only days with that check-in answer count. Today is left out because it is not over. The likely range is a 95% confidence interval. A link is not proof of a cause, and with five factors compared one may look linked by chance; a link is claimed only with at least 14 days on each side. After a short night, episodes between midnight and 7:00 are left out: they may have caused the short night.</source>
        <translation>Cada parte compara los días con y sin algo anotado en el registro diario. Solo cuentan los días que tienen esa respuesta. Hoy no se incluye porque aún no ha terminado. El rango probable es un intervalo de confianza del 95&#xa0;%. Una relación no es una prueba de la causa, y al comparar cinco factores uno puede parecer relacionado por casualidad; solo se habla de relación con al menos 14 días en cada lado. Después de una noche corta, no se cuentan los episodios entre la medianoche y las 7:00: pueden haber causado la noche corta.</translation>
    </message>
    <message>
        <source>Spasm scores, estimated from the diary</source>
        <translation>Puntuaciones de espasmos, calculadas a partir del diario</translation>
    </message>
    <message>
        <source>Recall period</source>
        <translation>Periodo evaluado</translation>
    </message>
    <message>
        <source>Penn Spasm Frequency Scale: frequency</source>
        <translation>Escala de frecuencia de espasmos de Penn: frecuencia</translation>
    </message>
    <message>
        <source>Penn Spasm Frequency Scale: severity</source>
        <translation>Escala de frecuencia de espasmos de Penn: gravedad</translation>
    </message>
    <message>
        <source>%1 of 4: %2 (about %3 an hour while awake)</source>
        <translation>%1 de 4: %2 (unos %3 por hora de vigilia)</translation>
    </message>
    <message>
        <source>Not scored (no spasms)</source>
        <translation>Sin puntuar (no hay espasmos)</translation>
    </message>
    <message>
        <source>%1 of 3: %2 (the most common; average %3)</source>
        <translation>%1 de 3: %2 (la más frecuente; media %3)</translation>
    </message>
    <message>
        <source>%1:00 to %1:59</source>
        <translation>de %1:00 a %1:59</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Busiest hour: %1 (%2). Busiest day of the week: %3 (%4).</source>
        <translation>Hora con más episodios: %1 (%2). Día de la semana con más episodios: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 in all, all sides</source>
        <translation>%1 en total, todos los lados</translation>
    </message>
    <message>
        <source>Most often: %1 (%2).</source>
        <translation>Con más frecuencia: %1 (%2).</translation>
    </message>
    <message>
        <source>Left side %1, right side %2, both sides %3.</source>
        <translation>Lado izquierdo %1, lado derecho %2, ambos lados %3.</translation>
    </message>
    <message>
        <source>No suspected triggers were noted for the %1 in this period. You can add them when you log an episode.</source>
        <translation>No se anotó ningún posible desencadenante en los %1 de este periodo. Puede añadirlos al registrar un episodio.</translation>
    </message>
    <message>
        <source>%1: noted for %2 (%3% of all episodes)</source>
        <translation>%1: anotado en %2 (%3&#xa0;% de todos los episodios)</translation>
    </message>
    <message>
        <source>%1 of %2 had at least one suspected trigger noted.</source>
        <translation>%1 de %2 tenían anotado al menos un posible desencadenante.</translation>
    </message>
    <message>
        <source>An episode with two triggers counts once for each.</source>
        <translation>Un episodio con dos desencadenantes cuenta una vez para cada uno.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Since the last appointment</source>
        <translation>Desde la última cita</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2 (%3 días)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>los domingos</translation>
    </message>
    <message>
        <source>No episodes on this day. Log one from Today, or choose a longer period.</source>
        <translation>No hay episodios este día. Registre uno desde Hoy, o elija un periodo más largo.</translation>
    </message>
    <message>
        <source>No episodes in these %1 days. Log one from Today, or choose a longer period.</source>
        <translation>No hay episodios en estos %1 días. Registre uno desde Hoy, o elija un periodo más largo.</translation>
    </message>
    <message>
        <source>Average of the last 7 days</source>
        <translation>Media de los últimos 7 días</translation>
    </message>
    <message>
        <source>A bar a week (Monday to Sunday) over this long period. Click a bar to see that week&apos;s episodes. Ctrl + mouse wheel zooms in time.</source>
        <translation>Una barra por semana (de lunes a domingo) en este periodo tan largo. Haga clic en una barra para ver los episodios de esa semana. Ctrl + rueda del ratón amplía el tiempo.</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>Episodes that week</source>
        <translation>Episodios esa semana</translation>
    </message>
    <message>
        <source>Weekly average of the last 4 weeks</source>
        <translation>Media semanal de las últimas 4 semanas</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>Del %1 al %2: %3</translation>
    </message>
    <message>
        <source>so far (the week is not over)</source>
        <translation>hasta ahora (la semana no ha terminado)</translation>
    </message>
    <message>
        <source>so far (the day is not over)</source>
        <translation>hasta ahora (el día no ha terminado)</translation>
    </message>
    <message>
        <source>Average of the last 7 days: %1 a day</source>
        <translation>Media de los últimos 7 días: %1 al día</translation>
    </message>
    <message>
        <source>%1 in %2 days, stiffness included.</source>
        <translation>%1 en %2 días, rigidez incluida.</translation>
    </message>
    <message>
        <source>Spasms, twitches, cramps and clonus: %1 a day over the %2 complete days.</source>
        <translation>Espasmos, sacudidas, calambres y clono: %1 al día en los %2 días completos.</translation>
    </message>
    <message>
        <source>Most in one day: %1 on %2.</source>
        <translation>Máximo en un día: %1, el %2.</translation>
    </message>
    <message>
        <source>Latest 7-day average: %1 a day.</source>
        <translation>Última media de 7 días: %1 al día.</translation>
    </message>
    <message>
        <source>Severity: average that day</source>
        <translation>Gravedad: media de ese día</translation>
    </message>
    <message>
        <source>Pain: average that day</source>
        <translation>Dolor: media de ese día</translation>
    </message>
    <message>
        <source>Faint bar: lowest to highest that day</source>
        <translation>Barra clara: del más bajo al más alto de ese día</translation>
    </message>
    <message>
        <source>no episodes</source>
        <translation>sin episodios</translation>
    </message>
    <message>
        <source>Severity: average %1 (lowest %2, highest %3)</source>
        <translation>Gravedad: media %1 (mínima %2, máxima %3)</translation>
    </message>
    <message>
        <source>Pain: not recorded</source>
        <translation>Dolor: no anotado</translation>
    </message>
    <message>
        <source>Pain: average %1 (lowest %2, highest %3), from %4 scores</source>
        <translation>Dolor: media %1 (mínimo %2, máximo %3), de %4 puntuaciones</translation>
    </message>
    <message>
        <source>Average severity %1 (1 mild to 3 severe) over %2 days with episodes.</source>
        <translation>Gravedad media %1 (de 1 leve a 3 grave) en %2 días con episodios.</translation>
    </message>
    <message>
        <source>Average pain %1 out of 10 from %2 scores.</source>
        <translation>Dolor medio %1 sobre 10, de %2 puntuaciones.</translation>
    </message>
    <message>
        <source>No pain scores recorded.</source>
        <translation>No se anotó ninguna puntuación de dolor.</translation>
    </message>
    <message>
        <source>Willingness for therapy</source>
        <translation>Disposición para la terapia</translation>
    </message>
    <message>
        <source>Episodes: average of the last 7 days</source>
        <translation>Episodios: media de los últimos 7 días</translation>
    </message>
    <message>
        <source>No willingness for therapy recorded in this period. The daily check-in asks about it on therapy days.</source>
        <translation>No se anotó la disposición para la terapia en este periodo. El registro diario lo pregunta los días de terapia.</translation>
    </message>
    <message>
        <source>Willingness: %1 out of 10</source>
        <translation>Disposición: %1 sobre 10</translation>
    </message>
    <message>
        <source>Willingness: not recorded</source>
        <translation>Disposición: no anotada</translation>
    </message>
    <message>
        <source>Episodes, average of the last 7 days: %1 a day</source>
        <translation>Episodios, media de los últimos 7 días: %1 al día</translation>
    </message>
    <message>
        <source>Willingness recorded on %1 days, on average %2 out of 10.</source>
        <translation>Disposición anotada en %1 días, de media %2 sobre 10.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (dentro de %2 días)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>Next appointment: %1 with %2</source>
        <translation>Próxima cita: %1 con %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to ask.</source>
        <translation>
            <numerusform>%n pregunta pendiente.</numerusform>
            <numerusform>%n preguntas pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equipment shopping list</source>
        <translation>Lista de compras de ayudas técnicas</translation>
    </message>
    <message>
        <source>Equipment checklist</source>
        <translation>Lista de ayudas técnicas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What to ask the therapist</source>
        <translation>Qué preguntar al terapeuta</translation>
    </message>
    <message>
        <source>Safety: %1</source>
        <translation>Precaución: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>For %1 · Made on %2</source>
        <translation>Para %1 · Hecho el %2</translation>
    </message>
    <message>
        <source>Items marked “Might help” or “Ordered”. Take this list to the next appointment with the occupational therapist.</source>
        <translation>Artículos marcados como «Podría ayudar» o «Pedido». Lleve esta lista a la próxima cita con el terapeuta ocupacional.</translation>
    </message>
    <message>
        <source>Every item on the checklist, grouped by daily activity. Ask the occupational therapist before buying or trying equipment.</source>
        <translation>Todos los artículos de la lista, agrupados por actividad diaria. Consulte al terapeuta ocupacional antes de comprar o probar una ayuda técnica.</translation>
    </message>
    <message>
        <source>Nothing is marked “Might help” or “Ordered” yet.</source>
        <translation>Aún no hay nada marcado como «Podría ayudar» o «Pedido».</translation>
    </message>
    <message>
        <source>There is nothing on the checklist to print.</source>
        <translation>No hay nada en la lista que imprimir.</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you had saved is safe: each change is saved on its own the moment you make it, and a half-made change is never kept.</source>
        <translation>Algo salió mal: %1

Todo lo que había guardado está a salvo: cada cambio se guarda por separado en el momento en que lo hace, y nunca se guarda un cambio a medias.</translation>
    </message>
    <message>
        <source>Details are in the log file %1 (it holds no names or notes). If this keeps happening, please send it to us with what you were doing.</source>
        <translation>Los detalles están en el archivo de registro %1 (no contiene nombres ni notas). Si vuelve a ocurrir, envíenoslo, por favor, junto con lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>The diary file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo del diario: %1</translation>
    </message>
    <message>
        <source>Try again, or close the app and try later.</source>
        <translation>Vuelva a intentarlo, o cierre la aplicación y pruebe más tarde.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file instead</source>
        <translation>Usar el archivo de este ordenador</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>The diary file is already open in another copy of the app. Close it first.</source>
        <translation>El archivo del diario ya está abierto en otra copia de la aplicación. Ciérrela primero.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2.</source>
        <translation>No se puede crear la carpeta de datos %1: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to.</source>
        <translation>No se puede escribir en la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Start the app with another folder (--data-dir), or fix this one and try again.</source>
        <translation>Abra la aplicación con otra carpeta (--data-dir), o arregle esta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>These files in the data folder are symbolic links, which point somewhere else:

%1

The app keeps its own files only in the data folder and does not follow links, so it will not start. Remove the links (or move the real files into the data folder) and start the app again.</source>
        <translation>Estos archivos de la carpeta de datos son enlaces simbólicos, que apuntan a otro sitio:

%1

La aplicación guarda sus propios archivos solo en la carpeta de datos y no sigue enlaces, así que no se abrirá. Quite los enlaces (o mueva los archivos reales a la carpeta de datos) y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The diary&apos;s server %1 asks for a password.
(It said: %2)

Password:</source>
        <translation>El servidor del diario %1 pide una contraseña.
(Dijo: %2)

Contraseña:</translation>
    </message>
    <message>
        <source>The diary is already open in another copy of the app (%1).

Switch to that window, or close it and start the app again. Two copies writing to the same diary could lose entries, so this one will not open it.</source>
        <translation>El diario ya está abierto en otra copia de la aplicación (%1).

Vaya a esa ventana, o ciérrela y vuelva a abrir la aplicación. Dos copias escribiendo en el mismo diario podrían perder datos, así que esta no lo abrirá.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Everything on the checklist</source>
        <translation>Toda la lista</translation>
    </message>
    <message>
        <source>Shopping list (might help and ordered)</source>
        <translation>Lista de compras (podría ayudar y pedido)</translation>
    </message>
    <message>
        <source>Print the equipment checklist</source>
        <translation>Imprimir la lista de ayudas técnicas</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Guardar la lista como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
%2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln registro diario</numerusform>
            <numerusform>%Ln registros diarios</numerusform>
        </translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 registro diario</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>To ease spasms or stiffness</source>
        <translation>Para aliviar espasmos o rigidez</translation>
    </message>
    <message>
        <source>For pain</source>
        <translation>Para el dolor</translation>
    </message>
    <message>
        <source>For sleep</source>
        <translation>Para dormir</translation>
    </message>
    <message>
        <source>For mood</source>
        <translation>Para el estado de ánimo</translation>
    </message>
    <message>
        <source>For seizures</source>
        <translation>Para las convulsiones</translation>
    </message>
    <message>
        <source>For the bladder</source>
        <translation>Para la vejiga</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Terapia ocupacional</translation>
    </message>
    <message>
        <source>Speech therapy</source>
        <translation>Terapia del habla</translation>
    </message>
    <message>
        <source>Home exercise</source>
        <translation>Ejercicio en casa</translation>
    </message>
    <message>
        <source>No increase in muscle tone.</source>
        <translation>Sin aumento del tono muscular.</translation>
    </message>
    <message>
        <source>Slight increase: a catch and release at the end of the range of movement.</source>
        <translation>Ligero aumento: un enganche y una liberación al final del recorrido del movimiento.</translation>
    </message>
    <message>
        <source>Slight increase: a catch, then minimal resistance through less than half the range.</source>
        <translation>Ligero aumento: un enganche y luego una resistencia mínima en menos de la mitad del recorrido.</translation>
    </message>
    <message>
        <source>More marked increase through most of the range, but the limb is still moved easily.</source>
        <translation>Aumento más marcado en la mayor parte del recorrido, pero la extremidad aún se mueve con facilidad.</translation>
    </message>
    <message>
        <source>Considerable increase: passive movement is difficult.</source>
        <translation>Aumento considerable: el movimiento pasivo es difícil.</translation>
    </message>
    <message>
        <source>The part is rigid in bending or straightening.</source>
        <translation>La parte está rígida al doblarla o al estirarla.</translation>
    </message>
    <message>
        <source>Shoulder (pulling in)</source>
        <translation>Hombro (acerca el brazo al cuerpo)</translation>
    </message>
    <message>
        <source>Elbow benders</source>
        <translation>Flexores del codo</translation>
    </message>
    <message>
        <source>Elbow straighteners</source>
        <translation>Extensores del codo</translation>
    </message>
    <message>
        <source>Forearm (turning palm down)</source>
        <translation>Antebrazo (gira la palma hacia abajo)</translation>
    </message>
    <message>
        <source>Wrist benders</source>
        <translation>Flexores de la muñeca</translation>
    </message>
    <message>
        <source>Finger benders</source>
        <translation>Flexores de los dedos</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Pulgar</translation>
    </message>
    <message>
        <source>Hip (pulling the legs together)</source>
        <translation>Cadera (junta las piernas)</translation>
    </message>
    <message>
        <source>Hip benders</source>
        <translation>Flexores de la cadera</translation>
    </message>
    <message>
        <source>Knee benders (hamstrings)</source>
        <translation>Flexores de la rodilla (isquiotibiales)</translation>
    </message>
    <message>
        <source>Knee straighteners (quadriceps)</source>
        <translation>Extensores de la rodilla (cuádriceps)</translation>
    </message>
    <message>
        <source>Calf (pointing the foot)</source>
        <translation>Pantorrilla (estira el pie hacia abajo)</translation>
    </message>
    <message>
        <source>Toe benders</source>
        <translation>Flexores de los dedos del pie</translation>
    </message>
    <message>
        <source>−2  Much less than expected</source>
        <translation>−2  Mucho menos de lo esperado</translation>
    </message>
    <message>
        <source>−1  Less than expected</source>
        <translation>−1  Menos de lo esperado</translation>
    </message>
    <message>
        <source>0  As expected</source>
        <translation>0  Como se esperaba</translation>
    </message>
    <message>
        <source>+1  More than expected</source>
        <translation>+1  Más de lo esperado</translation>
    </message>
    <message>
        <source>+2  Much more than expected</source>
        <translation>+2  Mucho más de lo esperado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>Clinician scores</source>
        <translation>Puntuaciones clínicas</translation>
    </message>
    <message>
        <source>Usual peak of an injection (weeks 4-6)</source>
        <translation>Efecto máximo habitual de una inyección (semanas 4-6)</translation>
    </message>
    <message>
        <source>Usual wearing off (from week 12)</source>
        <translation>Pérdida habitual del efecto (desde la semana 12)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Regular or as needed</source>
        <translation>Fijo o según necesidad</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Side effects noticed</source>
        <translation>Efectos secundarios observados</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Hora de la toma</translation>
    </message>
    <message>
        <source>Muscles or area</source>
        <translation>Músculos o zona</translation>
    </message>
    <message>
        <source>Shoulder adductors</source>
        <translation>Aductores del hombro</translation>
    </message>
    <message>
        <source>Elbow flexors</source>
        <translation>Flexores del codo</translation>
    </message>
    <message>
        <source>Elbow extensors</source>
        <translation>Extensores del codo</translation>
    </message>
    <message>
        <source>Forearm pronators</source>
        <translation>Pronadores del antebrazo</translation>
    </message>
    <message>
        <source>Wrist flexors</source>
        <translation>Flexores de la muñeca</translation>
    </message>
    <message>
        <source>Finger flexors</source>
        <translation>Flexores de los dedos</translation>
    </message>
    <message>
        <source>Thumb flexors</source>
        <translation>Flexores del pulgar</translation>
    </message>
    <message>
        <source>Hip adductors</source>
        <translation>Aductores de la cadera</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flexores de la cadera</translation>
    </message>
    <message>
        <source>Knee flexors</source>
        <translation>Flexores de la rodilla</translation>
    </message>
    <message>
        <source>Knee extensors</source>
        <translation>Extensores de la rodilla</translation>
    </message>
    <message>
        <source>Ankle plantar flexors</source>
        <translation>Flexores plantares del tobillo</translation>
    </message>
    <message>
        <source>Toe flexors</source>
        <translation>Flexores de los dedos del pie</translation>
    </message>
    <message>
        <source>every body region (the injection names no region)</source>
        <translation>todas las zonas del cuerpo (la inyección no indica ninguna zona)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>One line for each injection, by its date: the episodes of each week after it, counting only the injected regions and side (%1). Shaded: the usual peak (weeks %2 to %3); hatched: the usual wearing off (from week %4). Weeks not over yet, or after the next injection, have no point.</source>
        <translation>Una línea por cada inyección, con su fecha: los episodios de cada semana después de ella, contando solo las zonas y el lado inyectados (%1). Sombreado: el efecto máximo habitual (semanas %2 a %3); rayado: el fin habitual del efecto (desde la semana %4). Las semanas que aún no han terminado, o posteriores a la siguiente inyección, no tienen punto.</translation>
    </message>
    <message>
        <source>Injection of %1: %2.</source>
        <translation>Inyección del %1: %2.</translation>
    </message>
    <message>
        <source>Injection cycles</source>
        <translation>Ciclos de inyección</translation>
    </message>
    <message>
        <source>Goal (the expected outcome, score 0)</source>
        <translation>Objetivo (el resultado esperado, puntuación 0)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situación inicial</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotada</translation>
    </message>
    <message>
        <source>GAS T-score</source>
        <translation>Puntuación T de GAS</translation>
    </message>
    <message>
        <source>Goals of the injection of %1, scored at follow-up.</source>
        <translation>Objetivos de la inyección del %1, puntuados en el seguimiento.</translation>
    </message>
    <message>
        <source>No follow-up scores yet.</source>
        <translation>Aún no hay puntuaciones de seguimiento.</translation>
    </message>
    <message>
        <source>Goal attainment</source>
        <translation>Logro de objetivos</translation>
    </message>
    <message>
        <source>Scores: −2 much less than expected, −1 less, 0 as expected, +1 more, +2 much more. GAS T-score (Kiresuk and Sherman) with every goal weighted the same and an inter-goal correlation of %1: 50 means the goals were met as expected on the whole.</source>
        <translation>Puntuaciones: −2 mucho menos de lo esperado, −1 menos, 0 lo esperado, +1 más, +2 mucho más. Puntuación T de GAS (Kiresuk y Sherman) con el mismo peso para cada objetivo y una correlación entre objetivos de %1: 50 significa que, en conjunto, se lograron los objetivos como se esperaba.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Modified Ashworth Scale</source>
        <translation>Escala de Ashworth modificada</translation>
    </message>
    <message>
        <source>The latest score of each muscle group and side beside the one before it (0 no increase in tone, 1, 1+, 2, 3, 4 rigid), as scored by the clinician.</source>
        <translation>La última puntuación de cada grupo muscular y lado junto a la anterior (0 sin aumento del tono, 1, 1+, 2, 3, 4 rígido), según la puntuación del profesional.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Body region</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <source>What they were doing</source>
        <translation>Qué estaba haciendo</translation>
    </message>
    <message>
        <source>Who noticed</source>
        <translation>Quién lo notó</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>Glasses of fluid</source>
        <translation>Vasos de líquido</translation>
    </message>
    <message>
        <source>Stress (0-10)</source>
        <translation>Estrés (0-10)</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>Therapy today</source>
        <translation>Terapia hoy</translation>
    </message>
    <message>
        <source>Willingness (0-10)</source>
        <translation>Ganas (0-10)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Woken by spasms</source>
        <translation>Despertó por espasmos</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Estado desde</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Notes after</source>
        <translation>Notas después</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Se lesionó</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal scores</source>
        <translation>Puntuaciones de objetivos</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Dosis tomadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Splint wear</source>
        <translation>Uso de la férula</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation>Notas después</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Registrar episodio</translation>
    </message>
    <message>
        <source>Edit episode</source>
        <translation>Editar episodio</translation>
    </message>
    <message>
        <source>The other version was kept. Nothing was saved.</source>
        <translation>Se mantuvo la otra versión. No se guardó nada.</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>Episode log, CSV (*.csv);;Everything, JSON (*.json)</source>
        <translation>Registro de episodios, CSV (*.csv);;Todo, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved to %1.

This file contains health information. Keep it private.</source>
        <translation>Guardado en %1.

Este archivo contiene información de salud. Manténgalo en privado.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Diary files (*.csv *.json)</source>
        <translation>Archivos de diario (*.csv *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation>Tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {allowed}.</source>
        <translation>«{value}» no es uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>Must be a whole number from {low} to {high}.</source>
        <translation>Debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The dose must be more than 0.</source>
        <translation>La dosis debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>The dose must be at most {limit}.</source>
        <translation>La dosis debe ser como máximo {limit}.</translation>
    </message>
    <message>
        <source>This day has not come yet.</source>
        <translation>Este día todavía no ha llegado.</translation>
    </message>
    <message>
        <source>The notes are longer than {limit} characters.</source>
        <translation>Las notas tienen más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The caregiver&apos;s name is longer than {limit} characters.</source>
        <translation>El nombre de quien cuida tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>It is missing.</source>
        <translation>Falta este dato.</translation>
    </message>
    <message>
        <source>{value} is the wrong kind of value.</source>
        <translation>{value} no es el tipo de dato correcto.</translation>
    </message>
    <message>
        <source>It contains a broken character, so it cannot be saved.</source>
        <translation>Contiene un carácter dañado, así que no se puede guardar.</translation>
    </message>
    <message>
        <source>It contains a NUL character (code 0), so it cannot be saved.</source>
        <translation>Contiene un carácter NUL (código 0), así que no se puede guardar.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD.</source>
        <translation>«{value}» no es una fecha escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (ISO 8601).</source>
        <translation>«{value}» no es una fecha y hora (ISO 8601).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time written HH:MM.</source>
        <translation>«{value}» no es una hora escrita como HH:MM.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>«{value}» no es un número entero.</translation>
    </message>
    <message>
        <source>It must be an object.</source>
        <translation>Debe ser un objeto.</translation>
    </message>
    <message>
        <source>It must be a list.</source>
        <translation>Debe ser una lista.</translation>
    </message>
    <message>
        <source>It must be text.</source>
        <translation>Debe ser texto.</translation>
    </message>
    <message>
        <source>Version {expected} was expected, but the file has {found}.</source>
        <translation>Se esperaba la versión {expected}, pero el archivo tiene {found}.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>El nombre tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>The name cannot hold line breaks, tabs or other control characters.</source>
        <translation>El nombre no puede tener saltos de línea, tabulaciones ni otros caracteres de control.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {year}.</source>
        <translation>El año de nacimiento debe estar entre 1900 y {year}.</translation>
    </message>
    <message>
        <source>The date of the stroke or injury is in the future.</source>
        <translation>La fecha del accidente cerebrovascular o de la lesión está en el futuro.</translation>
    </message>
    <message>
        <source>Someone called &apos;{name}&apos; is already in this diary.</source>
        <translation>Ya hay alguien llamado «{name}» en este diario.</translation>
    </message>
    <message>
        <source>The start time has no time zone.</source>
        <translation>La hora de inicio no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The start time is in the future. Choose a time up to now.</source>
        <translation>La hora de inicio está en el futuro. Elija una hora hasta ahora.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La duración no puede ser negativa.</translation>
    </message>
    <message>
        <source>The duration is longer than a day.</source>
        <translation>La duración es de más de un día.</translation>
    </message>
    <message>
        <source>Choose where it happened.</source>
        <translation>Elija dónde ocurrió.</translation>
    </message>
    <message>
        <source>Choose the side: left, right or both.</source>
        <translation>Elija el lado: izquierdo, derecho o ambos.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known kind of episode.</source>
        <translation>«{value}» no es un tipo de episodio conocido.</translation>
    </message>
    <message>
        <source>Choose how strong it was: mild, moderate or severe.</source>
        <translation>Elija la intensidad: leve, moderado o grave.</translation>
    </message>
    <message>
        <source>Pain must be a whole number from 0 to 10.</source>
        <translation>El dolor debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known trigger.</source>
        <translation>«{value}» no es un desencadenante conocido.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known remedy.</source>
        <translation>«{value}» no es un remedio conocido.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known activity.</source>
        <translation>«{value}» no es una actividad conocida.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not caregiver or person.</source>
        <translation>«{value}» no es «caregiver» (cuidador) ni «person» (la persona).</translation>
    </message>
    <message>
        <source>Hours slept must be between 0 and 24.</source>
        <translation>Las horas de sueño deben estar entre 0 y 24.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not poor, fair or good.</source>
        <translation>«{value}» no es mal, regular ni bien.</translation>
    </message>
    <message>
        <source>Glasses of fluid must be between 0 and 40.</source>
        <translation>Los vasos de bebida deben estar entre 0 y 40.</translation>
    </message>
    <message>
        <source>Must be a whole number from 0 to 10.</source>
        <translation>Debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known mood.</source>
        <translation>«{value}» no es un estado de ánimo conocido.</translation>
    </message>
    <message>
        <source>The stop date is before the start date.</source>
        <translation>La fecha en que se dejó es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>Enter the new dose.</source>
        <translation>Escriba la nueva dosis.</translation>
    </message>
    <message>
        <source>This is before the medication was started.</source>
        <translation>Esto es antes de empezar el medicamento.</translation>
    </message>
    <message>
        <source>There is already a dose change on this day.</source>
        <translation>Ya hay un cambio de dosis en este día.</translation>
    </message>
    <message>
        <source>This medication is not in this person&apos;s list.</source>
        <translation>Este medicamento no está en la lista de esta persona.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>La hora no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The time is in the future. Choose a time up to now.</source>
        <translation>La hora está en el futuro. Elija una hora hasta ahora.</translation>
    </message>
    <message>
        <source>This medication no longer exists.</source>
        <translation>Este medicamento ya no existe.</translation>
    </message>
    <message>
        <source>At most {limit} goals.</source>
        <translation>Como máximo {limit} objetivos.</translation>
    </message>
    <message>
        <source>A follow-up cannot be before the injection.</source>
        <translation>Un seguimiento no puede ser antes de la inyección.</translation>
    </message>
    <message>
        <source>This goal does not belong to this injection.</source>
        <translation>Este objetivo no es de esta inyección.</translation>
    </message>
    <message>
        <source>This injection no longer exists.</source>
        <translation>Esta inyección ya no existe.</translation>
    </message>
    <message>
        <source>This goal has two scores on this day.</source>
        <translation>Este objetivo tiene dos puntuaciones en este día.</translation>
    </message>
    <message>
        <source>This muscle group and side already has a score on this day.</source>
        <translation>Este grupo muscular y lado ya tiene una puntuación en este día.</translation>
    </message>
    <message>
        <source>A muscle group and side is listed twice.</source>
        <translation>Hay un grupo muscular y lado repetido.</translation>
    </message>
    <message>
        <source>This score no longer exists.</source>
        <translation>Esta puntuación ya no existe.</translation>
    </message>
    <message>
        <source>This muscle group and side is scored twice that day.</source>
        <translation>Este grupo muscular y lado tiene dos puntuaciones ese día.</translation>
    </message>
    <message>
        <source>At most {limit} questions.</source>
        <translation>Como máximo {limit} preguntas.</translation>
    </message>
    <message>
        <source>The questions are longer than {limit} characters.</source>
        <translation>Las preguntas tienen más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Enter a name for the item.</source>
        <translation>Escriba un nombre para el artículo.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>El nombre tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The description is longer than {limit} characters.</source>
        <translation>La descripción tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>La nota tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>There is no person with the number {id} in this diary.</source>
        <translation>En este diario no hay ninguna persona con el número {id}.</translation>
    </message>
    <message>
        <source>{value} is not a valid item id.</source>
        <translation>{value} no es un identificador de artículo válido.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of this person&apos;s own items.</source>
        <translation>«{value}» no es uno de los artículos propios de esta persona.</translation>
    </message>
    <message>
        <source>Own items belong in custom_items, not in states.</source>
        <translation>Los artículos propios van en custom_items, no en states.</translation>
    </message>
    <message>
        <source>It is listed more than once.</source>
        <translation>Aparece más de una vez.</translation>
    </message>
    <message>
        <source>It must be true or false.</source>
        <translation>Debe ser true (sí) o false (no).</translation>
    </message>
    <message>
        <source>It must be a date like 2024-05-31.</source>
        <translation>Debe ser una fecha como 2024-05-31.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2024-05-31.</source>
        <translation>«{value}» no es una fecha como 2024-05-31.</translation>
    </message>
    <message>
        <source>It must be a whole number of seconds.</source>
        <translation>Debe ser un número entero de segundos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{path} is one of the app&apos;s own files; choose another name. Nothing was written.</source>
        <translation>{path} es uno de los archivos propios de la aplicación; elija otro nombre. No se escribió nada.</translation>
    </message>
    <message>
        <source>{path} is inside the app&apos;s {folder} folder; choose another place. Nothing was written.</source>
        <translation>{path} está dentro de la carpeta {folder} de la aplicación; elija otro lugar. No se escribió nada.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Nothing was saved.</source>
        <translation>No se pudo escribir {path} ({reason}). No se guardó nada.</translation>
    </message>
    <message>
        <source>{path} could not be written completely (is the disk full?). Nothing was saved.</source>
        <translation>No se pudo escribir {path} completo (¿está lleno el disco?). No se guardó nada.</translation>
    </message>
    <message>
        <source>Estimated from the diary, not measured by a clinician.</source>
        <translation>Calculado a partir del diario, no medido por un profesional sanitario.</translation>
    </message>
    <message>
        <source>Frequency counts logged episodes (all kinds except stiffness) per waking hour, taking {hours} waking hours a day from the sleep in check-ins.</source>
        <translation>La frecuencia cuenta los episodios anotados (todos menos la rigidez) por hora de vigilia. Se toman {hours} horas de vigilia al día, según el sueño anotado en el registro diario.</translation>
    </message>
    <message>
        <source>Frequency counts logged episodes (all kinds except stiffness) per waking hour, assuming {hours} waking hours a day (no sleep recorded).</source>
        <translation>La frecuencia cuenta los episodios anotados (todos menos la rigidez) por hora de vigilia. Se suponen {hours} horas de vigilia al día (no se anotó el sueño).</translation>
    </message>
    <message>
        <source>The diary cannot tell spasms that come only when touched or moved (score 1), so fewer than one an hour is shown as 2.</source>
        <translation>El diario no puede distinguir los espasmos que solo aparecen al tocar o mover (puntuación 1). Por eso, menos de uno por hora se muestra como 2.</translation>
    </message>
    <message>
        <source>Episodes nobody logged are not counted, so the real numbers may be higher.</source>
        <translation>Los episodios que nadie anotó no se cuentan, así que las cifras reales pueden ser más altas.</translation>
    </message>
    <message>
        <source>Severity is the most common logged severity.</source>
        <translation>La gravedad es la más frecuente entre los episodios anotados.</translation>
    </message>
    <message>
        <source>Counted episodes with no kind recorded: {count}.</source>
        <translation>Episodios contados sin tipo anotado: {count}.</translation>
    </message>
    <message>
        <source>Today is not over yet, so these numbers are incomplete.</source>
        <translation>Hoy aún no ha terminado, así que estas cifras están incompletas.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>This is not valid JSON ({reason}).</source>
        <translation>Esto no es JSON válido ({reason}).</translation>
    </message>
    <message>
        <source>This is not a diary exported by this app (field &apos;format&apos;).</source>
        <translation>Esto no es un diario exportado por esta aplicación (campo &apos;format&apos;).</translation>
    </message>
    <message>
        <source>{value} is newer than this app reads (up to {version}).</source>
        <translation>{value} es más nuevo de lo que esta aplicación puede leer (hasta {version}).</translation>
    </message>
    <message>
        <source>The CSV file is not well formed ({reason}).</source>
        <translation>El archivo CSV no está bien formado ({reason}).</translation>
    </message>
    <message>
        <source>The header is missing the column(s) {columns}.</source>
        <translation>A la cabecera le faltan estas columnas: {columns}.</translation>
    </message>
    <message>
        <source>Unknown column(s): {columns}.</source>
        <translation>Columnas desconocidas: {columns}.</translation>
    </message>
    <message>
        <source>The file holds only the header line, no episodes.</source>
        <translation>El archivo solo tiene la línea de encabezado, sin episodios.</translation>
    </message>
    <message>
        <source>The row has more fields than the header.</source>
        <translation>La fila tiene más campos que la cabecera.</translation>
    </message>
    <message>
        <source>The row has fewer fields than the header.</source>
        <translation>La fila tiene menos campos que la cabecera.</translation>
    </message>
    <message>
        <source>An object was expected here.</source>
        <translation>Aquí se esperaba un objeto.</translation>
    </message>
    <message>
        <source>A list was expected here.</source>
        <translation>Aquí se esperaba una lista.</translation>
    </message>
    <message>
        <source>Every code must be text.</source>
        <translation>Todos los códigos deben ser texto.</translation>
    </message>
    <message>
        <source>{day} appears twice.</source>
        <translation>{day} aparece dos veces.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>línea {number}</translation>
    </message>
    <message>
        <source>column {name}</source>
        <translation>columna {name}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>episode {number}</source>
        <translation>episodio {number}</translation>
    </message>
    <message>
        <source>check-in {number}</source>
        <translation>registro diario {number}</translation>
    </message>
    <message>
        <source>section &apos;{name}&apos;</source>
        <translation>sección &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>medication {number}</source>
        <translation>medicamento {number}</translation>
    </message>
    <message>
        <source>medication {number} (&apos;{name}&apos;)</source>
        <translation>medicamento {number} («{name}»)</translation>
    </message>
    <message>
        <source>dose change {number}</source>
        <translation>cambio de dosis {number}</translation>
    </message>
    <message>
        <source>dose taken {number}</source>
        <translation>toma {number}</translation>
    </message>
    <message>
        <source>injection {number}</source>
        <translation>inyección {number}</translation>
    </message>
    <message>
        <source>injection {number} ({day})</source>
        <translation>inyección {number} ({day})</translation>
    </message>
    <message>
        <source>goal {number}</source>
        <translation>objetivo {number}</translation>
    </message>
    <message>
        <source>score {number}</source>
        <translation>puntuación {number}</translation>
    </message>
    <message>
        <source>therapy session {number}</source>
        <translation>sesión de terapia {number}</translation>
    </message>
    <message>
        <source>appointment {number}</source>
        <translation>cita {number}</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>pregunta {number}</translation>
    </message>
    <message>
        <source>daily minutes {number}</source>
        <translation>minutos diarios {number}</translation>
    </message>
    <message>
        <source>Ashworth score {number}</source>
        <translation>puntuación de Ashworth {number}</translation>
    </message>
    <message>
        <source>fall {number}</source>
        <translation>caída {number}</translation>
    </message>
    <message>
        <source>equipment item {number}</source>
        <translation>ayuda técnica {number}</translation>
    </message>
    <message>
        <source>equipment item {number} (&apos;{name}&apos;)</source>
        <translation>ayuda técnica {number} («{name}»)</translation>
    </message>
    <message>
        <source>own equipment item {number}</source>
        <translation>artículo propio {number}</translation>
    </message>
    <message>
        <source>own equipment item {number} (&apos;{name}&apos;)</source>
        <translation>artículo propio {number} («{name}»)</translation>
    </message>
    <message>
        <source>This was changed in another way since, so it was left as it is.</source>
        <translation>Esto se cambió de otra forma después, así que se dejó como está.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it, so nothing was saved.</source>
        <translation>Otra persona cambió este registro después de que usted lo abriera, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Someone else deleted this record since you opened it, so nothing was saved.</source>
        <translation>Otra persona borró este registro después de que usted lo abriera, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>In your spreadsheet choose Save As, &apos;CSV UTF-8 (comma delimited)&apos;, and import that file.</source>
        <translation>En su hoja de cálculo elija Guardar como, «CSV UTF-8 (delimitado por comas)», e importe ese archivo.</translation>
    </message>
    <message>
        <source>{value} is outside the dates this diary takes (1900-01-01 to 2100-12-31); check the year.</source>
        <translation>{value} está fuera de las fechas que admite este diario (de 1900-01-01 a 2100-12-31); revise el año.</translation>
    </message>
    <message>
        <source>{value} does not exist on this computer&apos;s clock (the clocks went forward then); check the time or add the UTC offset, e.g. {example}.</source>
        <translation>{value} no existe en el reloj de este ordenador (ese día se adelantó la hora); revise la hora o añada la diferencia con UTC, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Lists or objects in the file are nested hundreds deep; it is not a diary export.</source>
        <translation>El archivo tiene listas u objetos anidados cientos de veces; no es un diario exportado.</translation>
    </message>
    <message>
        <source>A number in the file has more than {limit} digits ({start}...).</source>
        <translation>Un número del archivo tiene más de {limit} cifras ({start}...).</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows.</source>
        <translation>{value} no es un número que JSON admita.</translation>
    </message>
    <message>
        <source>{value} is too large a number for this diary.</source>
        <translation>{value} es un número demasiado grande para este diario.</translation>
    </message>
    <message>
        <source>{value} is text; format_version is a whole number, e.g. 1.</source>
        <translation>{value} es texto; format_version es un número entero, por ejemplo 1.</translation>
    </message>
    <message>
        <source>The file is a list, not a diary exported by this app (a diary file starts with &apos;{&apos; and has a &apos;format&apos; field). Export the diary again with this app.</source>
        <translation>El archivo es una lista, no un diario exportado por esta aplicación (un diario empieza por «{» y tiene un campo «format»). Vuelva a exportar el diario con esta aplicación.</translation>
    </message>
    <message>
        <source>This is a diary backup (an SQLite file), not an export. To bring a backup back, use Restore (Settings &gt; Data and backups, or &apos;caregiver-app restore FILE&apos;).</source>
        <translation>Esto es una copia de seguridad del diario (un archivo SQLite), no una exportación. Para recuperar una copia, use Restaurar (Ajustes &gt; Datos y copias de seguridad, o «caregiver-app restore ARCHIVO»).</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (.xlsx) or another zipped file, not CSV text.</source>
        <translation>Esto es un libro de hoja de cálculo (.xlsx) u otro archivo comprimido, no texto CSV.</translation>
    </message>
    <message>
        <source>This file is UTF-16 text.</source>
        <translation>Este archivo es texto UTF-16.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text (line {line} has the byte {value}); it may be Latin-1 or Windows text.</source>
        <translation>Este archivo no es texto UTF-8 (la línea {line} tiene el byte {value}); puede ser texto Latin-1 o de Windows.</translation>
    </message>
    <message>
        <source>This is not a text file (byte {byte} is {value}); it cannot be a diary export.</source>
        <translation>Esto no es un archivo de texto (el byte {byte} es {value}); no puede ser un diario exportado.</translation>
    </message>
    <message>
        <source>The columns are separated by semicolons (;), not commas.</source>
        <translation>Las columnas están separadas por punto y coma (;), no por comas.</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote (&quot;) is missing.</source>
        <translation>En esta línea empieza un campo entre comillas y falta la comilla de cierre (&quot;).</translation>
    </message>
    <message>
        <source>A field on this line is longer than {limit} characters.</source>
        <translation>Un campo de esta línea tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>This is empty; use one of {allowed}.</source>
        <translation>Está vacío; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a place this diary knows; use one of {allowed}.</source>
        <translation>«{value}» no es un lugar que este diario conozca; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a side this diary knows; use one of {allowed}.</source>
        <translation>«{value}» no es un lado que este diario conozca; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of episode this diary knows; use one of {allowed}.</source>
        <translation>«{value}» no es un tipo de episodio que este diario conozca; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a severity this diary knows; use 1 (mild), 2 (moderate) or 3 (severe).</source>
        <translation>«{value}» no es una gravedad que este diario conozca; use 1 (leve), 2 (moderada) o 3 (grave).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a trigger this diary knows; use one of {allowed}.</source>
        <translation>«{value}» no es un desencadenante que este diario conozca; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not something that helped this diary knows; use one of {allowed}.</source>
        <translation>«{value}» no es algo que ayudó que este diario conozca; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an activity this diary knows; use one of {allowed}.</source>
        <translation>«{value}» no es una actividad que este diario conozca; use una de estas: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not who noticed it; use caregiver or person.</source>
        <translation>«{value}» no dice quién lo notó; use caregiver (la persona que cuida) o person (la persona cuidada).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a pain score; use a whole number from 0 to 10.</source>
        <translation>«{value}» no es una puntuación de dolor; use un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a duration this diary takes; use whole seconds from 0 to 86400.</source>
        <translation>«{value}» no es una duración que admita este diario; use segundos enteros de 0 a 86400.</translation>
    </message>
    <message>
        <source>Imported into {who}: {added}.</source>
        <translation>Importado en {who}. Añadido: {added}.</translation>
    </message>
    <message>
        <source>Imported into {who}: {added}; skipped {skipped}.</source>
        <translation>Importado en {who}. Añadido: {added}. Omitido: {skipped}.</translation>
    </message>
    <message>
        <source>{name} (new person)</source>
        <translation>{name} (persona nueva)</translation>
    </message>
    <message>
        <source>{things} added</source>
        <translation>{things}</translation>
    </message>
    <message>
        <source>nothing new added</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{things} already in the diary</source>
        <translation>{things} ya en el diario</translation>
    </message>
    <message>
        <source>{things} where the diary says otherwise (kept the diary&apos;s)</source>
        <translation>{things} en conflicto con el diario (se conservó lo del diario)</translation>
    </message>
    <message>
        <source>{things} for days that already have one (kept the diary&apos;s)</source>
        <translation>{things} de días que ya tenían uno (se conservó lo del diario)</translation>
    </message>
    <message>
        <source>{count} episodes</source>
        <translation>{count} episodios</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} registros diarios</translation>
    </message>
    <message>
        <source>1 profile detail</source>
        <translation>1 dato del perfil</translation>
    </message>
    <message>
        <source>{count} profile details</source>
        <translation>{count} datos del perfil</translation>
    </message>
    <message>
        <source>1 medication</source>
        <translation>1 medicamento</translation>
    </message>
    <message>
        <source>{count} medications</source>
        <translation>{count} medicamentos</translation>
    </message>
    <message>
        <source>1 dose change</source>
        <translation>1 cambio de dosis</translation>
    </message>
    <message>
        <source>{count} dose changes</source>
        <translation>{count} cambios de dosis</translation>
    </message>
    <message>
        <source>1 as-needed dose</source>
        <translation>1 toma según necesidad</translation>
    </message>
    <message>
        <source>{count} as-needed doses</source>
        <translation>{count} tomas según necesidad</translation>
    </message>
    <message>
        <source>1 injection</source>
        <translation>1 inyección</translation>
    </message>
    <message>
        <source>{count} injections</source>
        <translation>{count} inyecciones</translation>
    </message>
    <message>
        <source>1 goal score</source>
        <translation>1 puntuación de objetivo</translation>
    </message>
    <message>
        <source>{count} goal scores</source>
        <translation>{count} puntuaciones de objetivos</translation>
    </message>
    <message>
        <source>1 therapy session</source>
        <translation>1 sesión de terapia</translation>
    </message>
    <message>
        <source>{count} therapy sessions</source>
        <translation>{count} sesiones de terapia</translation>
    </message>
    <message>
        <source>1 fall</source>
        <translation>1 caída</translation>
    </message>
    <message>
        <source>{count} falls</source>
        <translation>{count} caídas</translation>
    </message>
    <message>
        <source>1 day of exercise and splint minutes</source>
        <translation>1 día de minutos de ejercicio y férula</translation>
    </message>
    <message>
        <source>{count} days of exercise and splint minutes</source>
        <translation>{count} días de minutos de ejercicio y férula</translation>
    </message>
    <message>
        <source>1 Ashworth score</source>
        <translation>1 puntuación de Ashworth</translation>
    </message>
    <message>
        <source>{count} Ashworth scores</source>
        <translation>{count} puntuaciones de Ashworth</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>1 equipment status</source>
        <translation>1 estado de ayuda técnica</translation>
    </message>
    <message>
        <source>{count} equipment statuses</source>
        <translation>{count} estados de ayudas técnicas</translation>
    </message>
    <message>
        <source>1 own equipment item</source>
        <translation>1 artículo propio</translation>
    </message>
    <message>
        <source>{count} own equipment items</source>
        <translation>{count} artículos propios</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>la copia</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} no existe.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a device or a pipe).</source>
        <translation>{name} no es un archivo normal (es un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>No se puede leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a diary file (it is not an SQLite database).</source>
        <translation>{name} no es un archivo de diario (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>No se puede abrir {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is damaged: SQLite&apos;s integrity check found {count} problem(s), the first: {first}.</source>
        <translation>{name} tiene daños: la comprobación de SQLite encontró {count} problema(s); el primero: {first}.</translation>
    </message>
    <message>
        <source>{name} is damaged: {count} row(s) in {tables} refer to something that is not there (foreign key check).</source>
        <translation>{name} tiene daños: {count} fila(s) de {tables} apuntan a algo que no existe (comprobación de claves ajenas).</translation>
    </message>
    <message>
        <source>{name} is an SQLite database but not a diary made by this app.</source>
        <translation>{name} es una base de datos SQLite, pero no un diario hecho con esta aplicación.</translation>
    </message>
    <message>
        <source>{name} is damaged: the table(s) {tables} are missing.</source>
        <translation>{name} tiene daños: faltan la(s) tabla(s) {tables}.</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} tiene daños: {reason}.</translation>
    </message>
    <message>
        <source>The diary file is empty but its journal (diary.sqlite3-wal) is not: the file was cut short.</source>
        <translation>El archivo del diario está vacío, pero su registro de cambios (diary.sqlite3-wal) no: el archivo quedó cortado.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of the app (schema {found}; this version reads up to {supported}). Install the newer version to open it. The file was not changed.</source>
        <translation>Este diario se guardó con una versión más nueva de la aplicación (formato {found}; esta versión lee hasta el {supported}). Instale la versión más nueva para abrirlo. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name; nothing was overwritten.</source>
        <translation>{path} ya existe. Elija otro nombre; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>{name} could not be copied: {reason}.</source>
        <translation>No se pudo copiar {name}: {reason}.</translation>
    </message>
    <message>
        <source>The copy of {name} did not pass the checks, so it was not kept: {problems}</source>
        <translation>La copia de {name} no pasó las comprobaciones, así que no se guardó: {problems}</translation>
    </message>
    <message>
        <source>There is no diary at {path} to back up.</source>
        <translation>No hay ningún diario en {path} del que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server address. Give one like postgresql://ana@diary.example.org/our_diary (user, server, database).</source>
        <translation>«{value}» no es la dirección de un servidor. Escriba una como postgresql://ana@diario.ejemplo.org/nuestro_diario (usuario, servidor, base de datos).</translation>
    </message>
    <message>
        <source>The port in {value} is not a number from 1 to 65535.</source>
        <translation>El puerto de {value} no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>{value} names no database. Add it at the end, e.g. .../our_diary.</source>
        <translation>{value} no nombra ninguna base de datos. Añádala al final, por ejemplo .../nuestro_diario.</translation>
    </message>
    <message>
        <source>The diary&apos;s server {address} did not let you in: {reason}. Nothing was changed.</source>
        <translation>El servidor del diario {address} no le dejó entrar: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The diary&apos;s server {address} did not let you in after several tries. Nothing was changed.</source>
        <translation>El servidor del diario {address} no le dejó entrar tras varios intentos. No se cambió nada.</translation>
    </message>
    <message>
        <source>The diary&apos;s server {address} answered: {reason}. Nothing was changed.</source>
        <translation>El servidor del diario {address} respondió: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The diary&apos;s server {address} is not answering ({reason}). Nothing was changed. Check that this computer is online and the server is running, then try again.</source>
        <translation>El servidor del diario {address} no responde ({reason}). No se cambió nada. Compruebe que este ordenador tiene conexión y que el servidor está en marcha, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This copy of the app cannot use a server: its psycopg package is missing. Install the app again (pip install caregiver-app), or use the data folder&apos;s file.</source>
        <translation>Esta copia de la aplicación no puede usar un servidor: le falta el paquete psycopg. Vuelva a instalar la aplicación (pip install caregiver-app) o use el archivo de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The database {address} holds {count} other tables and no diary. Nothing was changed. Give the app an empty database of its own.</source>
        <translation>La base de datos {address} tiene {count} tablas de otra cosa y ningún diario. No se cambió nada. Dé a la aplicación una base de datos vacía para ella sola.</translation>
    </message>
    <message>
        <source>There is no diary on {address} yet. Nothing was changed.</source>
        <translation>Aún no hay ningún diario en {address}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The diary on {address} cannot be used: {reason}.</source>
        <translation>No se puede usar el diario de {address}: {reason}.</translation>
    </message>
    <message>
        <source>{folder} already holds a diary ({name}). Nothing was copied.</source>
        <translation>{folder} ya contiene un diario ({name}). No se copió nada.</translation>
    </message>
    <message>
        <source>The database {address} is not empty. Nothing was copied.</source>
        <translation>La base de datos {address} no está vacía. No se copió nada.</translation>
    </message>
    <message>
        <source>The backups folder cannot be made: {reason}.</source>
        <translation>No se puede crear la carpeta de copias de seguridad: {reason}.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}.</source>
        <translation>No se pudo escribir la copia de seguridad: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} es una carpeta; escriba un nombre de archivo.</translation>
    </message>
    <message>
        <source>The section(s) {names} are not ones this app knows (a newer app may have made the file); update the app and import again, so nothing is left out.</source>
        <translation>Esta aplicación no conoce la(s) sección(es) {names} (el archivo puede venir de una versión más nueva); actualice la aplicación e importe de nuevo, para que no se quede nada fuera.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>La carpeta {path} no existe.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Before updating the diary from version {current} to {target}, a backup is made, and it failed: {reason} The diary was not changed.</source>
        <translation>Antes de actualizar el diario de la versión {current} a la {target} se hace una copia de seguridad, y ha fallado: {reason} El diario no se cambió.</translation>
    </message>
    <message>
        <source>The diary is in use by another program, so it was not replaced. Nothing was changed.</source>
        <translation>Otro programa está usando el diario, así que no se sustituyó. No se cambió nada.</translation>
    </message>
    <message>
        <source>The diary as it is now could not be backed up first, so it was not replaced: {reason} Nothing was changed.</source>
        <translation>Antes no se pudo hacer una copia de seguridad del diario tal como está ahora, así que no se sustituyó: {reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>That file is the diary itself; choose a backup. Nothing was changed.</source>
        <translation>Ese archivo es el propio diario; elija una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>{problems} Nothing was changed.</source>
        <translation>{problems} No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} holds no diary. Nothing was changed.</source>
        <translation>{name} no contiene ningún diario. No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} could not be copied: {reason}. Nothing was changed.</source>
        <translation>No se pudo copiar {name}: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The copy did not pass the checks: {problems} Nothing was changed.</source>
        <translation>La copia no pasó las comprobaciones: {problems} No se cambió nada.</translation>
    </message>
    <message>
        <source>The restored diary could not be put in place: {reason}.</source>
        <translation>No se pudo poner en su sitio el diario restaurado: {reason}.</translation>
    </message>
    <message>
        <source>The restored diary could not be put in place: {reason}. The diary as it was is kept at {path}.</source>
        <translation>No se pudo poner en su sitio el diario restaurado: {reason}. El diario tal como estaba se guarda en {path}.</translation>
    </message>
    <message>
        <source>The diary in {folder} is already open ({who}). Close the other copy first: two copies writing to the same diary could lose entries. Nothing was changed.</source>
        <translation>El diario de {folder} ya está abierto ({who}). Cierre antes la otra copia: si dos copias escriben en el mismo diario, se podrían perder datos. No se cambió nada.</translation>
    </message>
    <message>
        <source>another copy of the app</source>
        <translation>otra copia de la aplicación</translation>
    </message>
    <message>
        <source>the Caregiver Dashboard window</source>
        <translation>la ventana de Caregiver Dashboard</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>{what}, process {pid} on {where}</source>
        <translation>{what}, proceso {pid} en {where}</translation>
    </message>
    <message>
        <source>{what}, since {since}</source>
        <translation>{what}, desde {since}</translation>
    </message>
    <message>
        <source>{what}, process {pid} on {where}, since {since}</source>
        <translation>{what}, proceso {pid} en {where}, desde {since}</translation>
    </message>
    <message>
        <source>The diary&apos;s server is not answering</source>
        <translation>El servidor del diario no responde</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Episode saved. Ctrl+Z undoes it.</source>
        <translation>Episodio guardado. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Changes saved. Ctrl+Z undoes them.</source>
        <translation>Cambios guardados. Ctrl+Z los deshace.</translation>
    </message>
    <message>
        <source>Making six months of sample data…</source>
        <translation>Creando seis meses de datos de ejemplo…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <source>Could not make sample data: %1</source>
        <translation>No se pudieron crear los datos de ejemplo: %1</translation>
    </message>
    <message>
        <source>Added %1 with %2 made-up episodes.</source>
        <translation>Se añadió a %1 con %2 episodios inventados.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln episode(s)</source>
        <translation>
            <numerusform>%Ln episodio</numerusform>
            <numerusform>%Ln episodios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n episode(s)</source>
        <translation>
            <numerusform>Borrar episodio</numerusform>
            <numerusform>Borrar %n episodios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) deleted.</source>
        <translation>
            <numerusform>%n episodio borrado.</numerusform>
            <numerusform>%n episodios borrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>episode(s) so far today</source>
        <translation>
            <numerusform>episodio en lo que va de día</numerusform>
            <numerusform>episodios en lo que va de día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glass(es) to drink</source>
        <translation>
            <numerusform>%n vaso de bebida</numerusform>
            <numerusform>%n vasos de bebida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) in the last 7 days</source>
        <translation>
            <numerusform>%n toma en los últimos 7 días</numerusform>
            <numerusform>%n tomas en los últimos 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records copied</source>
        <translation>%1 de %2 registros copiados</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <source>Write down questions as they come up, tick them off at the visit, and note what was said afterwards.</source>
        <translation>Apunte las preguntas según le surjan, márquelas en la consulta y anote después lo que le dijeron.</translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>For example: Dr Okafor, spasticity clinic</source>
        <translation>Por ejemplo: Dra. Okafor, consulta de espasticidad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: injection and review</source>
        <translation>Por ejemplo: inyección y revisión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>For example: is the dose still right?</source>
        <translation>Por ejemplo: ¿sigue siendo adecuada la dosis?</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation>Notas después</translation>
    </message>
    <message>
        <source>What was said, what changes, what to watch for</source>
        <translation>Qué le dijeron, qué cambia, a qué estar atento</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Con</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para la cita</translation>
    </message>
    <message>
        <source>&amp;Notes afterwards</source>
        <translation>&amp;Notas después</translation>
    </message>
    <message>
        <source>Say who the appointment is with.</source>
        <translation>Indique con quién es la cita.</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestions</name>
    <message>
        <source>Questions for the appointment, one a line (printed on page 1):</source>
        <translation>Preguntas para la cita, una por línea (se imprimen en la página 1):</translation>
    </message>
    <message>
        <source>Questions for the appointment</source>
        <translation>Preguntas para la cita</translation>
    </message>
    <message>
        <source>For example: Is the dose still right? Could the splint be adjusted?</source>
        <translation>Por ejemplo: ¿Sigue siendo adecuada la dosis? ¿Se podría ajustar la férula?</translation>
    </message>
    <message>
        <source>No appointment is planned yet: the questions are kept here and move to the next appointment once you add it on the Treatments page.</source>
        <translation>Aún no hay ninguna cita prevista: las preguntas se guardan aquí y pasarán a la próxima cita cuando la añada en la página Tratamientos.</translation>
    </message>
    <message>
        <source>Kept with the appointment on %1.</source>
        <translation>Guardadas con la cita del %1.</translation>
    </message>
    <message>
        <source>Edit the questions for the appointment</source>
        <translation>Editar las preguntas para la cita</translation>
    </message>
    <message>
        <source>The questions were not kept: %1</source>
        <translation>No se guardaron las preguntas: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Keep questions for the next appointment as they come up. The next one also shows on Today.</source>
        <translation>Guarde las preguntas para la próxima cita según le surjan. La próxima cita también aparece en Hoy.</translation>
    </message>
    <message>
        <source>Add an appointment…</source>
        <translation>Añadir una cita…</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas pendientes</translation>
    </message>
    <message>
        <source>No questions written down.</source>
        <translation>No hay preguntas apuntadas.</translation>
    </message>
    <message>
        <source>Notes afterwards</source>
        <translation>Notas después</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove this appointment…</source>
        <translation>Eliminar esta cita…</translation>
    </message>
    <message>
        <source>No appointments yet. Add the next one to start a list of questions.</source>
        <translation>Aún no hay citas. Añada la próxima para empezar una lista de preguntas.</translation>
    </message>
    <message>
        <source>%1 to ask</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>%1 of %2 asked</source>
        <translation>%1 de %2 preguntadas</translation>
    </message>
    <message>
        <source>The next appointment</source>
        <translation>La próxima cita</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Aún no hay nada escrito.</translation>
    </message>
    <message>
        <source>After the visit, write here what was said (Edit…).</source>
        <translation>Después de la consulta, escriba aquí lo que le dijeron (Editar…).</translation>
    </message>
    <message>
        <source>Tick off question</source>
        <translation>Marcar pregunta</translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation>Desmarcar pregunta</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>the appointment of %1 with %2</source>
        <translation>la cita del %1 con %2</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Eliminar cita</translation>
    </message>
</context>
<context>
    <name>ButtonChoice</name>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 de %3</translation>
    </message>
</context>
<context>
    <name>CaregiverCard</name>
    <message>
        <source>Caregivers</source>
        <translation>Cuidadores</translation>
    </message>
    <message>
        <source>Who is logging on this computer</source>
        <translation>Quién anota en este ordenador</translation>
    </message>
    <message>
        <source>Every entry saved on this computer says who recorded it and when. Type your name, or choose it if you have logged in this diary before.</source>
        <translation>Cada entrada guardada en este ordenador dice quién la anotó y cuándo. Escriba su nombre, o elíjalo si ya ha anotado en este diario.</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhileDialog</name>
    <message>
        <source>Deleted on another computer</source>
        <translation>Borrado en otro ordenador</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Cambiado mientras tanto</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>Las dos versiones</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
    <message>
        <source>Nothing is saved; what you typed stays in the form.</source>
        <translation>No se guarda nada; lo que escribió sigue en el formulario.</translation>
    </message>
    <message>
        <source>&amp;Save mine as a new record</source>
        <translation>&amp;Guardar el mío como registro nuevo</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Descartar el mío</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Guardar el mío en lugar del suyo</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Mantener el suyo</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Guardado por %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation>Guardado por %1 a las %2</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>Saved by someone else at %1</source>
        <translation>Guardado por otra persona a las %1</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you had it open. Nothing has been saved yet. You can save yours as a new record, or discard it.</source>
        <translation>Otra persona borró este registro mientras usted lo tenía abierto. Todavía no se ha guardado nada. Puede guardar el suyo como registro nuevo o descartarlo.</translation>
    </message>
    <message>
        <source>%1, while you had it open. Nothing has been saved yet. Choose which version to keep.</source>
        <translation>%1, mientras usted lo tenía abierto. Todavía no se ha guardado nada. Elija qué versión quiere mantener.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>El registro completo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>In your form</source>
        <translation>En su formulario</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Distinto: %1.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Las dos versiones son iguales.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Sus cambios</translation>
    </message>
    <message>
        <source>%1 (different)</source>
        <translation>%1 (distinto)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole period again. Ctrl + mouse wheel zooms; drag to move.</source>
        <translation>Vuelve a mostrar todo el periodo. Ctrl + rueda del ratón amplía; arrastre para moverse.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste elsewhere</source>
        <translation>Copiar este gráfico como imagen, para pegarlo en otro sitio</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture for printing</source>
        <translation>Guardar este gráfico como imagen PNG para imprimir</translation>
    </message>
    <message>
        <source>Treatments marked on the chart:</source>
        <translation>Tratamientos marcados en el gráfico:</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>Guardar gráfico como imagen</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation>Imagen no guardada</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1. Choose another folder.</source>
        <translation>No se pudo guardar la imagen en %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>Copiar imagen</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Episodes per day</source>
        <translation>Episodios por día</translation>
    </message>
    <message>
        <source>Click a bar to see that day&apos;s episodes. Ctrl + mouse wheel zooms in time.</source>
        <translation>Haga clic en una barra para ver los episodios de ese día. Ctrl + rueda del ratón amplía el tiempo.</translation>
    </message>
    <message>
        <source>Severity and pain</source>
        <translation>Gravedad y dolor</translation>
    </message>
    <message>
        <source>Day of the week and time of day</source>
        <translation>Día de la semana y hora del día</translation>
    </message>
    <message>
        <source>The stronger the colour, the more episodes. Click a square to see those episodes.</source>
        <translation>Cuanto más intenso el color, más episodios. Haga clic en un cuadrado para ver esos episodios.</translation>
    </message>
    <message>
        <source>Where on the body</source>
        <translation>Dónde en el cuerpo</translation>
    </message>
    <message>
        <source>Click a bar to see those episodes.</source>
        <translation>Haga clic en una barra para ver esos episodios.</translation>
    </message>
    <message>
        <source>Suspected triggers</source>
        <translation>Posibles desencadenantes</translation>
    </message>
    <message>
        <source>Sleep and episodes</source>
        <translation>Sueño y episodios</translation>
    </message>
    <message>
        <source>Stress and episodes</source>
        <translation>Estrés y episodios</translation>
    </message>
    <message>
        <source>Fluids and episodes</source>
        <translation>Bebida y episodios</translation>
    </message>
    <message>
        <source>Willingness for therapy</source>
        <translation>Disposición para la terapia</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>No one is in the diary yet. Add the person you care for to see charts.</source>
        <translation>Aún no hay nadie en el diario. Añada a la persona que cuida para ver los gráficos.</translation>
    </message>
    <message>
        <source>The charts could not be drawn: %1</source>
        <translation>No se pudieron dibujar los gráficos: %1</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>A minute a day. Leave out anything you don&apos;t know: blank is better than a guess.</source>
        <translation>Un minuto al día. Deje sin rellenar lo que no sepa: mejor en blanco que adivinado.</translation>
    </message>
    <message>
        <source>Day of the check-in</source>
        <translation>Día del registro</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Hours slept last night</source>
        <translation>Horas dormidas anoche</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source> glasses</source>
        <translation> vasos</translation>
    </message>
    <message>
        <source>Glasses of water or other drinks</source>
        <translation>Vasos de agua u otras bebidas</translation>
    </message>
    <message>
        <source>Their stress or anxiety (the person you care for), 0 to 10</source>
        <translation>Su estrés o ansiedad (de la persona a la que cuida), de 0 a 10</translation>
    </message>
    <message>
        <source>Their stress or anxiety (not yours)</source>
        <translation>Su estrés o ansiedad (no el suyo propio)</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Woken by spasms last night</source>
        <translation>Se despertó por espasmos anoche</translation>
    </message>
    <message>
        <source>Stretching or range-of-motion exercises done</source>
        <translation>Estiramientos o ejercicios de movilidad hechos</translation>
    </message>
    <message>
        <source>Therapy today</source>
        <translation>Terapia hoy</translation>
    </message>
    <message>
        <source>Willingness to take part in therapy, 0 to 10</source>
        <translation>Disposición para participar en la terapia, de 0 a 10</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else about today</source>
        <translation>Cualquier otra cosa sobre hoy</translation>
    </message>
    <message>
        <source>Sleep last night</source>
        <translation>Sueño de anoche</translation>
    </message>
    <message>
        <source>How well they slept</source>
        <translation>Cómo durmió</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Bebida</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>extremely stressed</source>
        <translation>estrés extremo</translation>
    </message>
    <message>
        <source>Stretching or range-of-motion exercises</source>
        <translation>Estiramientos o ejercicios de movilidad</translation>
    </message>
    <message>
        <source>Therapy today (PT, OT or speech)</source>
        <translation>Terapia hoy (fisioterapia, ocupacional o del habla)</translation>
    </message>
    <message>
        <source>Willingness to take part in therapy</source>
        <translation>Disposición para participar en la terapia</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>very willing</source>
        <translation>mucha</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1 saves</source>
        <translation>%1 guarda</translation>
    </message>
    <message>
        <source>(%1 min)</source>
        <translation>(%1 min)</translation>
    </message>
    <message>
        <source>Yes: %1. Logged on the Therapy tab of Treatments.</source>
        <translation>Sí: %1. Anotada en la pestaña Terapia de Tratamientos.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Cambios aún sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>No check-in for this day yet</source>
        <translation>Aún no hay registro de este día</translation>
    </message>
    <message>
        <source>Could not save: %1. Nothing was changed.</source>
        <translation>No se pudo guardar: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was saved yet. Your changes are still here.</source>
        <translation>Todavía no se ha guardado nada. Sus cambios siguen aquí.</translation>
    </message>
</context>
<context>
    <name>CycleChart</name>
    <message>
        <source>Cycle view chart</source>
        <translation>Gráfico de ciclos</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>Weeks since injection</source>
        <translation>Semanas desde la inyección</translation>
    </message>
    <message>
        <source>Usual peak effect</source>
        <translation>Efecto máximo habitual</translation>
    </message>
    <message>
        <source>Usually wearing off</source>
        <translation>Suele ir perdiendo efecto</translation>
    </message>
    <message>
        <source>Injections shown: %1</source>
        <translation>Inyecciones mostradas: %1</translation>
    </message>
    <message>
        <source>No full week after an injection yet: the lines appear week by week.</source>
        <translation>Aún no ha pasado una semana completa desde una inyección: las líneas aparecen semana a semana.</translation>
    </message>
    <message>
        <source>Only episodes in the injected body regions, on the injected side, count.</source>
        <translation>Solo cuentan los episodios en las zonas del cuerpo inyectadas, en el lado inyectado.</translation>
    </message>
    <message>
        <source>Only episodes on the injected side count; an injection without body regions counts every region (choose them with Edit).</source>
        <translation>Solo cuentan los episodios en el lado inyectado; una inyección sin zonas del cuerpo cuenta todas las zonas (elíjalas con Editar).</translation>
    </message>
    <message>
        <source>Episodes a week on average: weeks 0–1: %1; weeks 4–6: %2; weeks 9–11: %3.</source>
        <translation>Media de episodios por semana: semanas 0–1: %1; semanas 4–6: %2; semanas 9–11: %3.</translation>
    </message>
    <message>
        <source>Injection of %1
Week %2 (%3 to %4): %5</source>
        <translation>Inyección del %1
Semana %2 (%3 a %4): %5</translation>
    </message>
</context>
<context>
    <name>DamagedDiaryDialog</name>
    <message>
        <source>Your diary</source>
        <translation>Su diario</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>There is no diary file at %1.</source>
        <translation>No hay ningún archivo de diario en %1.</translation>
    </message>
    <message>
        <source>Its format is version %1; this version of the app reads up to %2.

The file has not been changed. It is at %3.</source>
        <translation>Su formato es la versión %1; esta versión de la aplicación lee hasta la %2.

El archivo no se ha cambiado. Está en %3.</translation>
    </message>
    <message>
        <source>What was found: %1

The file has not been changed. It is at %2.</source>
        <translation>Qué se encontró: %1

El archivo no se ha cambiado. Está en %2.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1 and holds %2.</source>
        <translation>La copia de seguridad correcta más reciente se hizo %1 y contiene %2.</translation>
    </message>
    <message>
        <source>No usable backup was found in %1.</source>
        <translation>No se encontró ninguna copia de seguridad utilizable en %1.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurar la copia correcta más reciente</translation>
    </message>
    <message>
        <source>Open another diary file…</source>
        <translation>Abrir otro archivo de diario…</translation>
    </message>
    <message>
        <source>Choose a backup or a diary file, for example one saved on a USB stick</source>
        <translation>Elija una copia de seguridad o un archivo de diario, por ejemplo uno guardado en una memoria USB</translation>
    </message>
    <message>
        <source>Start a new, empty diary</source>
        <translation>Empezar un diario nuevo, vacío</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>This diary is from a newer version of the app</source>
        <translation>Este diario es de una versión más nueva de la aplicación</translation>
    </message>
    <message>
        <source>Your diary file is missing</source>
        <translation>Falta el archivo de su diario</translation>
    </message>
    <message>
        <source>Your diary could not be opened</source>
        <translation>No se pudo abrir su diario</translation>
    </message>
    <message>
        <source>It was saved by a newer version of Caregiver Dashboard than this one. Install the newer version to open it. Or go back to a backup this version can read: the newer diary is then kept, untouched, in the set-aside folder.</source>
        <translation>Se guardó con una versión de Caregiver Dashboard más nueva que esta. Instale la versión más nueva para abrirlo. O vuelva a una copia de seguridad que esta versión pueda leer: el diario más nuevo se guarda entonces, intacto, en la carpeta de apartados.</translation>
    </message>
    <message>
        <source>The diary file is not in the data folder, but there are backups of it. If it was deleted or moved by mistake, restore the newest backup: it holds everything up to when it was made.</source>
        <translation>El archivo del diario no está en la carpeta de datos, pero hay copias de seguridad. Si se borró o se movió por error, restaure la copia más reciente: contiene todo hasta el momento en que se hizo.</translation>
    </message>
    <message>
        <source>The diary file is damaged, so it was not opened: using it could lose more entries. You can restore a backup. The damaged file is then kept, untouched, in the set-aside folder, so someone could still try to rescue it.</source>
        <translation>El archivo del diario está dañado, así que no se abrió: usarlo podría hacer perder más datos. Puede restaurar una copia de seguridad. El archivo dañado se guarda entonces, intacto, en la carpeta de apartados, para que alguien pueda intentar recuperarlo.</translation>
    </message>
    <message>
        <source>Open another diary file</source>
        <translation>Abrir otro archivo de diario</translation>
    </message>
    <message>
        <source>Diary files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Archivos de diario (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restored: the diary now holds %1.</source>
        <translation>Restaurado: el diario contiene ahora %1.</translation>
    </message>
    <message>
        <source>The file that could not be opened was moved, unchanged, to %1.</source>
        <translation>El archivo que no se pudo abrir se movió, sin cambios, a %1.</translation>
    </message>
    <message>
        <source>The diary that was there is kept as a backup.</source>
        <translation>El diario que había se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <source>Data and backups</source>
        <translation>Datos y copias de seguridad</translation>
    </message>
    <message>
        <source>This computer&apos;s settings, logs and backups of the diary are in this folder:</source>
        <translation>Los ajustes, los registros y las copias de seguridad del diario de este ordenador están en esta carpeta:</translation>
    </message>
    <message>
        <source>Your diary is kept only on this computer, in this folder:</source>
        <translation>Su diario se guarda solo en este equipo, en esta carpeta:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Backups are copies of the diary from the server and hold health information, and so do exports: keep them private. The app talks only to the diary&apos;s server.</source>
        <translation>Las copias de seguridad son copias del diario del servidor y contienen información de salud, igual que las exportaciones: guárdelas en privado. La aplicación solo se comunica con el servidor del diario.</translation>
    </message>
    <message>
        <source>It holds health information, and so do backups and exports: keep them private. The app never sends anything over the internet.</source>
        <translation>Contiene información de salud, igual que las copias de seguridad y las exportaciones: manténgalas en privado. La aplicación nunca envía nada por internet.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is made each day you open the app, and before an update or a restore. One a day is kept for a week, one a week for a month and one a month for a year.</source>
        <translation>Se hace una copia de seguridad cada día que abre la aplicación, y antes de una actualización o una restauración. Se guarda una al día durante una semana, una a la semana durante un mes y una al mes durante un año.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made the next time the app starts.</source>
        <translation>Aún no hay copias de seguridad. La primera se hará la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Guardar una copia en otro sitio…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Make a backup of the diary now, in the backups folder</source>
        <translation>Hacer ahora una copia de seguridad del diario, en la carpeta de copias</translation>
    </message>
    <message>
        <source>Replace the diary with the chosen backup; the diary as it is now is kept</source>
        <translation>Sustituir el diario por la copia elegida; el diario tal como está ahora se conserva</translation>
    </message>
    <message>
        <source>Save a backup somewhere else, for example on a USB stick</source>
        <translation>Guardar una copia de seguridad en otro sitio, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Dañada: no se puede restaurar</translation>
    </message>
    <message>
        <source>Backed up just now (%1).</source>
        <translation>Copia hecha ahora mismo (%1).</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Save a copy of the diary</source>
        <translation>Guardar una copia del diario</translation>
    </message>
    <message>
        <source>Diary backups (*.sqlite3)</source>
        <translation>Copias del diario (*.sqlite3)</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <source>Saved a copy of the diary to %1 (%2).

This file contains health information. Keep it private.</source>
        <translation>Se guardó una copia del diario en %1 (%2).

Este archivo contiene información de salud. Manténgalo en privado.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Diary files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Archivos de diario (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>It holds no diary.</source>
        <translation>No contiene ningún diario.</translation>
    </message>
    <message>
        <source>This file cannot be restored. %1

Nothing was changed.</source>
        <translation>Este archivo no se puede restaurar. %1

No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>The diary will be replaced by this backup (%1). Anything entered after the backup was made will not be in it.

The diary as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>El diario se sustituirá por esta copia (%1). Lo que se anotó después de hacer la copia no estará.

Antes, el diario tal como está ahora se guarda como copia de seguridad, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The diary could not be opened again: %1

Quit the app and start it again; it will offer to restore a backup.</source>
        <translation>No se pudo volver a abrir el diario: %1

Cierre la aplicación y ábrala de nuevo; le ofrecerá restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La copia de seguridad no se restauró.</translation>
    </message>
    <message>
        <source>The diary as it was is kept as a backup.</source>
        <translation>El diario tal como estaba se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <source>The diary that was there was moved, unchanged, to %1.</source>
        <translation>El diario que había se movió, sin cambios, a %1.</translation>
    </message>
    <message>
        <source>Restored: the diary now holds %1.</source>
        <translation>Restaurado: el diario contiene ahora %1.</translation>
    </message>
</context>
<context>
    <name>DoseChangeDialog</name>
    <message>
        <source>Change the dose of %1</source>
        <translation>Cambiar la dosis de %1</translation>
    </message>
    <message>
        <source>The new dose applies from the day you choose. Earlier days keep the old dose.</source>
        <translation>La nueva dosis cuenta desde el día que elija. Los días anteriores mantienen la dosis antigua.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nueva dosis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>For example: raised at the clinic</source>
        <translation>Por ejemplo: aumentada en la consulta</translation>
    </message>
    <message>
        <source>Dose now</source>
        <translation>Dosis actual</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;New dose</source>
        <translation>&amp;Nueva dosis</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Write the new dose as a number, like 15 or 2.5.</source>
        <translation>Escriba la nueva dosis como un número, por ejemplo 15 o 2,5.</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <source>Log a dose</source>
        <translation>Registrar una toma</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Hora de la toma</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: why, or what happened</source>
        <translation>Opcional: por qué, o qué pasó</translation>
    </message>
    <message>
        <source>&amp;Medication</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>&amp;Taken at</source>
        <translation>&amp;Hora de la toma</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Log a dose of %1</source>
        <translation>Registrar una toma de %1</translation>
    </message>
    <message>
        <source>There is no as-needed medication to log.</source>
        <translation>No hay ningún medicamento «según necesidad» que registrar.</translation>
    </message>
    <message>
        <source>Write the dose as a number, like 500 or 2.5.</source>
        <translation>Escriba la dosis como un número, por ejemplo 500 o 2,5.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Library contents</source>
        <translation>Contenido de la biblioteca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Edit episode</source>
        <translation>Editar episodio</translation>
    </message>
    <message>
        <source>Log an episode</source>
        <translation>Registrar un episodio</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Poner la hora actual</translation>
    </message>
    <message>
        <source>Body region</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>&amp;1  Mild
noticed, not in the way</source>
        <translation>&amp;1  Leve
se nota, pero no molesta</translation>
    </message>
    <message>
        <source>&amp;2  Moderate
gets in the way</source>
        <translation>&amp;2  Moderado
molesta o estorba</translation>
    </message>
    <message>
        <source>&amp;3  Severe
stops them or moves the limb</source>
        <translation>&amp;3  Grave
obliga a parar o mueve la extremidad</translation>
    </message>
    <message>
        <source>How strong it was</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Severity as the Penn Spasm Frequency Scale counts it: 1 mild, 2 moderate, 3 severe.</source>
        <translation>Gravedad según la Escala de frecuencia de espasmos de Penn: 1 leve, 2 moderado, 3 grave.</translation>
    </message>
    <message>
        <source>Kind of episode</source>
        <translation>Tipo de episodio</translation>
    </message>
    <message>
        <source>e.g. 45 s, 2 min or 1:30</source>
        <translation>p. ej., 45 s, 2 min o 1:30</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>Cuánto duró</translation>
    </message>
    <message>
        <source>Pain from 0 to 10</source>
        <translation>Dolor de 0 a 10</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst pain imaginable. Click again to clear.</source>
        <translation>0 = sin dolor, 10 = el peor dolor imaginable. Vuelva a hacer clic para borrar.</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Posibles desencadenantes</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>What they were doing</source>
        <translation>Qué estaba haciendo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Same as last time</source>
        <translation>Igual que la última vez</translation>
    </message>
    <message>
        <source>Who noticed it</source>
        <translation>Quién lo notó</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>Cualquier otra cosa que convenga recordar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Doing at the time</source>
        <translation>Qué hacía</translation>
    </message>
    <message>
        <source>Who noticed</source>
        <translation>Quién lo notó</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keys: 1, 2 or 3 chooses how strong it was. The arrow keys move along a row of choices. Enter saves (Ctrl+Enter from the notes).</source>
        <translation>Teclas: 1, 2 o 3 elige la intensidad. Las flechas se mueven por una fila de opciones. Intro guarda (Ctrl+Intro desde las notas).</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Saber más</translation>
    </message>
    <message>
        <source>More details (optional): kind, pain, triggers, what helped, notes</source>
        <translation>Más detalles (opcional): tipo, dolor, desencadenantes, qué ayudó, notas</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La duración no puede ser negativa.</translation>
    </message>
    <message>
        <source>That number is far too large for a duration.</source>
        <translation>Ese número es demasiado grande para una duración.</translation>
    </message>
    <message>
        <source>After the colon, the seconds must be under 60.</source>
        <translation>Después de los dos puntos, los segundos deben ser menos de 60.</translation>
    </message>
    <message>
        <source>Type a duration like 45 s, 2 min or 1:30.</source>
        <translation>Escriba una duración como 45 s, 2 min o 1:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit of time. Use s, min or h.</source>
        <translation>«%1» no es una unidad de tiempo. Use s, min o h.</translation>
    </message>
    <message>
        <source>The notes are too long (5,000 characters at most).</source>
        <translation>Las notas son demasiado largas (5.000 caracteres como máximo).</translation>
    </message>
    <message>
        <source>How long: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Choose how strong it was, then Save.</source>
        <translation>Elija la intensidad y luego pulse Guardar.</translation>
    </message>
    <message>
        <source>Nothing was saved yet. Your changes are still here.</source>
        <translation>Todavía no se ha guardado nada. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Could not save: %1. Nothing was changed.</source>
        <translation>No se pudo guardar: %1. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Posibles desencadenantes</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not recorded (logged before the app kept who logged each entry)</source>
        <translation>No consta (anotado antes de que la aplicación guardara quién anota cada entrada)</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>Anotado por %1</translation>
    </message>
    <message>
        <source>Logged by %1 on %2</source>
        <translation>Anotado por %1 el %2</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Buscar notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Registrar episodio</translation>
    </message>
    <message>
        <source>Log a new episode (Ctrl+N)</source>
        <translation>Registrar un episodio nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Body region</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>Cualquier lado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation>Cualquier desencadenante</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <source>Logged by anyone</source>
        <translation>Anotado por cualquiera</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Show every episode again</source>
        <translation>Volver a mostrar todos los episodios</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected episodes (Delete). Ctrl+Z brings them back.</source>
        <translation>Borrar los episodios seleccionados (Supr). Ctrl+Z los recupera.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>Anotado por %1</translation>
    </message>
    <message>
        <source>Showing %1 only</source>
        <translation>Solo se muestra el %1</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Solo el %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>on %1s</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <source>between %1:00 and %2:00</source>
        <translation>entre las %1:00 y las %2:00</translation>
    </message>
    <message>
        <source>Not shown at this width: %1. Open an episode (Enter) to see all of it.</source>
        <translation>No caben a este ancho: %1. Abra un episodio (Intro) para verlo entero.</translation>
    </message>
    <message>
        <source>Set up a profile first, on the Today page.</source>
        <translation>Primero cree un perfil, en la página Hoy.</translation>
    </message>
    <message>
        <source>No episodes match these filters.</source>
        <translation>Ningún episodio coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No episodes logged yet. Press “Log episode” (Ctrl+N) when one happens.</source>
        <translation>Aún no hay episodios registrados. Pulse «Registrar episodio» (Ctrl+N) cuando ocurra uno.</translation>
    </message>
    <message>
        <source>Press Undo or Ctrl+Z to bring it back.</source>
        <translation>Pulse Deshacer o Ctrl+Z para recuperarlo.</translation>
    </message>
</context>
<context>
    <name>EquipmentDetail</name>
    <message>
        <source>Choose an item in the list to see what it is and to mark it.</source>
        <translation>Elija un artículo de la lista para ver qué es y marcarlo.</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Ayuda con</translation>
    </message>
    <message>
        <source>Often suits</source>
        <translation>Suele ir bien para</translation>
    </message>
    <message>
        <source>What to ask the occupational therapist</source>
        <translation>Qué preguntar al terapeuta ocupacional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your notes: who to ask, sizes, where it came from, how it is going…</source>
        <translation>Sus notas: a quién preguntar, tallas, de dónde salió, cómo va…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Saber más</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>%1 · your own item</source>
        <translation>%1 · artículo propio</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Mostrar en la lista</translation>
    </message>
    <message>
        <source>Hide from the list</source>
        <translation>Ocultar de la lista</translation>
    </message>
    <message>
        <source>This item is hidden from the list and printouts.</source>
        <translation>Este artículo está oculto en la lista y en lo que se imprime.</translation>
    </message>
    <message>
        <source>Hide an item that does not apply, to keep the list short.</source>
        <translation>Oculte un artículo que no le sirva, para que la lista sea corta.</translation>
    </message>
</context>
<context>
    <name>EquipmentFilters</name>
    <message>
        <source>Show activity</source>
        <translation>Mostrar actividad</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Might help or ordered</source>
        <translation>Podría ayudar o pedido</translation>
    </message>
    <message>
        <source>Search equipment</source>
        <translation>Buscar ayudas técnicas</translation>
    </message>
    <message>
        <source>Show hidden items</source>
        <translation>Mostrar artículos ocultos</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words, or choose “All activities” and “Any status”.</source>
        <translation>No hay coincidencias. Pruebe con otras palabras, o elija «Todas las actividades» y «Cualquier estado».</translation>
    </message>
    <message>
        <source>Every item is hidden. Tick “Show hidden items” to see them.</source>
        <translation>Todos los artículos están ocultos. Marque «Mostrar artículos ocultos» para verlos.</translation>
    </message>
</context>
<context>
    <name>EquipmentItemDialog</name>
    <message>
        <source>Edit your own item</source>
        <translation>Editar artículo propio</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Añadir un artículo propio</translation>
    </message>
    <message>
        <source>Add equipment that is not in the list, for example something the therapist suggested or something you already use.</source>
        <translation>Añada una ayuda que no esté en la lista, por ejemplo algo que le sugirió el terapeuta o algo que ya usa.</translation>
    </message>
    <message>
        <source>Daily activity</source>
        <translation>Actividad diaria</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Cup with a cut-out rim</source>
        <translation>Por ejemplo: vaso con borde recortado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it is and what it helps with (optional)</source>
        <translation>Qué es y en qué ayuda (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>EquipmentList</name>
    <message>
        <source>Equipment list</source>
        <translation>Lista de ayudas técnicas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation>%1 (propio)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment checklist</source>
        <translation>Lista de ayudas técnicas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Aids that can make daily activities easier. This list does not recommend anything: talk it through with the occupational therapist.</source>
        <translation>Ayudas que pueden facilitar las actividades diarias. Esta lista no recomienda nada: coméntelo con el terapeuta ocupacional.</translation>
    </message>
    <message>
        <source>Add your own item…</source>
        <translation>Añadir un artículo propio…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>No one is in the diary yet.
Add the person you care for, and their equipment checklist will appear here.</source>
        <translation>Aún no hay nadie en el diario.
Añada a la persona que cuida y su lista de ayudas técnicas aparecerá aquí.</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>En uso: %1</translation>
    </message>
    <message>
        <source>Have %1</source>
        <translation>Ya tenemos: %1</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>Pedidas: %1</translation>
    </message>
    <message>
        <source>Might help %1</source>
        <translation>Podrían ayudar: %1</translation>
    </message>
    <message>
        <source>Not suitable %1</source>
        <translation>No sirven: %1</translation>
    </message>
    <message>
        <source>Nothing marked yet</source>
        <translation>Aún no hay nada marcado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Change equipment status</source>
        <translation>Cambiar el estado de un artículo</translation>
    </message>
    <message>
        <source>Edit equipment note</source>
        <translation>Editar la nota de un artículo</translation>
    </message>
    <message>
        <source>Hide equipment item</source>
        <translation>Ocultar un artículo</translation>
    </message>
    <message>
        <source>Show equipment item</source>
        <translation>Mostrar un artículo</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Añadir un artículo propio</translation>
    </message>
    <message>
        <source>Edit your own item</source>
        <translation>Editar un artículo propio</translation>
    </message>
    <message>
        <source>Remove “%1” from the checklist? Its status and note are removed too. You can bring it back with Undo (Ctrl+Z).</source>
        <translation>¿Eliminar «%1» de la lista? También se borran su estado y su nota. Puede recuperarlo con Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove your own item</source>
        <translation>Eliminar artículo propio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Saber más</translation>
    </message>
    <message>
        <source>There is no reading about this item yet.</source>
        <translation>Aún no hay información sobre este artículo.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>Equipment shopping list</source>
        <translation>Lista de compras de ayudas técnicas</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>Not considered</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Might help</source>
        <translation>Podría ayudar</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Have it</source>
        <translation>Lo tenemos</translation>
    </message>
    <message>
        <source>Using it</source>
        <translation>Lo usamos</translation>
    </message>
    <message>
        <source>Tried, not suitable</source>
        <translation>Probado, no sirve</translation>
    </message>
</context>
<context>
    <name>FallDialog</name>
    <message>
        <source>Log a fall</source>
        <translation>Anotar una caída</translation>
    </message>
    <message>
        <source>Falls are counted on page 1 of the report for the appointment.</source>
        <translation>Las caídas se cuentan en la página 1 del informe para la cita.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>They were hurt</source>
        <translation>Se hizo daño</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: where, how, what was hurt</source>
        <translation>Opcional: dónde, cómo, qué se lastimó</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of the injection of %1</source>
        <translation>Seguimiento de la inyección del %1</translation>
    </message>
    <message>
        <source>Score each goal with the clinician: 0 means it was reached as expected; −1 and −2 less than expected; +1 and +2 more. Leave a goal blank if it was not scored. Scores dated on the day of the injection are the goals&apos; baselines.</source>
        <translation>Puntúe cada objetivo con el profesional sanitario: 0 significa que se alcanzó como se esperaba; −1 y −2, menos de lo esperado; +1 y +2, más. Deje en blanco un objetivo que no se puntuó. Las puntuaciones con la fecha del día de la inyección son la situación inicial de cada objetivo.</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Score for goal %1</source>
        <translation>Puntuación del objetivo %1</translation>
    </message>
</context>
<context>
    <name>InjectionDialog</name>
    <message>
        <source>Edit injection</source>
        <translation>Editar inyección</translation>
    </message>
    <message>
        <source>Add an injection</source>
        <translation>Añadir una inyección</translation>
    </message>
    <message>
        <source>Product and dose as the clinician wrote them. Goals are what you agreed to aim for; they are scored at the follow-up.</source>
        <translation>Producto y dosis tal como los escribió el profesional sanitario. Los objetivos son lo que acordaron buscar; se puntúan en el seguimiento.</translation>
    </message>
    <message>
        <source>Date of the injection</source>
        <translation>Fecha de la inyección</translation>
    </message>
    <message>
        <source>Muscles or area</source>
        <translation>Músculos o zona</translation>
    </message>
    <message>
        <source>For example: elbow, wrist and finger flexors</source>
        <translation>Por ejemplo: flexores del codo, la muñeca y los dedos</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Body regions injected</source>
        <translation>Zonas del cuerpo inyectadas</translation>
    </message>
    <message>
        <source>The cycle view and the report count only the episodes in these regions, on this side. With none ticked, they count every region.</source>
        <translation>La vista de ciclos y el informe cuentan solo los episodios en estas zonas, en este lado. Si no marca ninguna, cuentan todas las zonas.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>For example: botulinum toxin A</source>
        <translation>Por ejemplo: toxina botulínica A</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>For example: 300 units</source>
        <translation>Por ejemplo: 300 unidades</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Quién la puso</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>For example: open the hand to wash it</source>
        <translation>Por ejemplo: abrir la mano para lavarla</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Muscles or area</source>
        <translation>&amp;Músculos o zona</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <source>D&amp;ose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Goals keep their follow-up scores when you change their wording.</source>
        <translation>Los objetivos conservan sus puntuaciones de seguimiento aunque cambie su redacción.</translation>
    </message>
    <message>
        <source>Choose the side: left, right or both.</source>
        <translation>Elija el lado: izquierdo, derecho o ambos.</translation>
    </message>
</context>
<context>
    <name>InjectionsTab</name>
    <message>
        <source>Injections such as botulinum toxin work in cycles of about 12 weeks, usually at their best 4 to 6 weeks after the injection. The cycle view lines the cycles up on injection day, so you can see when the effect wears off.</source>
        <translation>Las inyecciones como la toxina botulínica actúan en ciclos de unas 12 semanas, normalmente con el máximo efecto entre 4 y 6 semanas después de la inyección. La vista de ciclos alinea los ciclos en el día de la inyección, para que vea cuándo se pasa el efecto.</translation>
    </message>
    <message>
        <source>Add an injection…</source>
        <translation>Añadir una inyección…</translation>
    </message>
    <message>
        <source>Cycle view: episodes per week after each injection</source>
        <translation>Vista de ciclos: episodios por semana después de cada inyección</translation>
    </message>
    <message>
        <source>Cycles shown</source>
        <translation>Ciclos mostrados</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Muscles or area</source>
        <translation>Músculos o zona</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Product and dose</source>
        <translation>Producto y dosis</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Score goals at follow-up…</source>
        <translation>Puntuar objetivos en el seguimiento…</translation>
    </message>
    <message>
        <source>Remove this injection…</source>
        <translation>Eliminar esta inyección…</translation>
    </message>
    <message>
        <source>No injections recorded yet. Add one to see its cycle here week by week.</source>
        <translation>Aún no hay inyecciones anotadas. Añada una para ver aquí su ciclo semana a semana.</translation>
    </message>
    <message>
        <source>All injections</source>
        <translation>Todas las inyecciones</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>aún sin puntuar</translation>
    </message>
    <message>
        <source>Goals agreed on %1</source>
        <translation>Objetivos acordados el %1</translation>
    </message>
    <message>
        <source>No goals were recorded.</source>
        <translation>No se anotó ningún objetivo.</translation>
    </message>
    <message>
        <source>Add injection</source>
        <translation>Añadir inyección</translation>
    </message>
    <message>
        <source>Edit injection</source>
        <translation>Editar inyección</translation>
    </message>
    <message>
        <source>Score goals</source>
        <translation>Puntuar objetivos</translation>
    </message>
    <message>
        <source>the injection of %1</source>
        <translation>la inyección del %1</translation>
    </message>
    <message>
        <source>with its goals and scores</source>
        <translation>con sus objetivos y puntuaciones</translation>
    </message>
    <message>
        <source>Remove injection</source>
        <translation>Eliminar inyección</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Library page</source>
        <translation>Página de la biblioteca</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir adelante</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save this page as a PDF file</source>
        <translation>Guardar esta página como archivo PDF</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>1 page found</source>
        <translation>1 página encontrada</translation>
    </message>
    <message>
        <source>{0} pages found</source>
        <translation>{0} páginas encontradas</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”. Try fewer or different words.</source>
        <translation>No se encontró nada para «{0}». Pruebe con menos palabras o con otras.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Log episode…</source>
        <translation>&amp;Registrar episodio…</translation>
    </message>
    <message>
        <source>Daily &amp;check-in</source>
        <translation>Registro &amp;diario</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;When to get help now</source>
        <translation>&amp;Cuándo pedir ayuda urgente</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>A private diary of muscle twitching and spasms after a stroke or brain injury. It records and informs; it does not diagnose or give medical advice. In an emergency, call your local emergency number.</source>
        <translation>Un diario privado de sacudidas musculares y espasmos después de un accidente cerebrovascular o una lesión cerebral. Anota e informa; no diagnostica ni da consejos médicos. En caso de emergencia, llame al número de emergencias local.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The equipment catalogue could not be read: %1</source>
        <translation>No se pudo leer el catálogo de ayudas técnicas: %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>Still running here. Click the icon to log an episode; choose Quit to close.</source>
        <translation>Sigue abierta aquí. Haga clic en el icono para registrar un episodio; elija Salir para cerrarla.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Write it as it is on the label or the prescription. Only the name is needed; the rest helps at appointments.</source>
        <translation>Escríbalo como aparece en la caja o en la receta. Solo hace falta el nombre; el resto ayuda en las citas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Baclofen</source>
        <translation>Por ejemplo: baclofeno</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>p. ej., 10</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>For example: three times a day, or at night</source>
        <translation>Por ejemplo: tres veces al día, o por la noche</translation>
    </message>
    <message>
        <source>Regular or as needed</source>
        <translation>Fijo o según necesidad</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>I know when it started</source>
        <translation>Sé cuándo empezó</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <source>It has been stopped</source>
        <translation>Se ha suspendido</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Se suspendió el</translation>
    </message>
    <message>
        <source>Side effects noticed</source>
        <translation>Efectos secundarios observados</translation>
    </message>
    <message>
        <source>Anything you noticed after starting it or after a dose change</source>
        <translation>Cualquier cosa que notó al empezarlo o tras un cambio de dosis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Starting dose</source>
        <translation>Dosis inicial</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Dose and unit</source>
        <translation>&amp;Dosis y unidad</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>&amp;What it is for</source>
        <translation>&amp;Para qué es</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>&amp;Side effects noticed</source>
        <translation>&amp;Efectos secundarios observados</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Write the dose as a number, like 10 or 2.5.</source>
        <translation>Escriba la dosis como un número, por ejemplo 10 o 2,5.</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <source>Some medicines can cause twitching as a side effect; others are given to ease spasms. Keep what is taken here, note what you notice, and bring the list to appointments. Change nothing without asking the prescriber.</source>
        <translation>Algunos medicamentos pueden causar sacudidas como efecto secundario; otros se dan para aliviar los espasmos. Anote aquí lo que se toma y lo que observe, y lleve la lista a las citas. No cambie nada sin consultar a quien lo recetó.</translation>
    </message>
    <message>
        <source>Add a medication…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <source>No medications yet. Add the ones taken now, and any stopped recently.</source>
        <translation>Aún no hay medicamentos. Añada los que se toman ahora y los suspendidos hace poco.</translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation>Se toman ahora</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendidos</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>suspendido el %1</translation>
    </message>
    <message>
        <source>Dose changes</source>
        <translation>Cambios de dosis</translation>
    </message>
    <message>
        <source>%1 from %2 (first dose)</source>
        <translation>%1 desde el %2 (primera dosis)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>Eliminar este cambio</translation>
    </message>
    <message>
        <source>Remove the dose change of %1</source>
        <translation>Eliminar el cambio de dosis del %1</translation>
    </message>
    <message>
        <source>Remove dose change</source>
        <translation>Eliminar cambio de dosis</translation>
    </message>
    <message>
        <source>the dose change of %1</source>
        <translation>el cambio de dosis del %1</translation>
    </message>
    <message>
        <source>Side effects noticed: %1</source>
        <translation>Efectos secundarios observados: %1</translation>
    </message>
    <message>
        <source>Took a dose now</source>
        <translation>Tomó una dosis ahora</translation>
    </message>
    <message>
        <source>Took a dose of %1 now</source>
        <translation>Tomó una dosis de %1 ahora</translation>
    </message>
    <message>
        <source>Change dose…</source>
        <translation>Cambiar dosis…</translation>
    </message>
    <message>
        <source>Change the dose of %1</source>
        <translation>Cambiar la dosis de %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove this medication…</source>
        <translation>Eliminar este medicamento…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>No doses logged yet.</source>
        <translation>Aún no hay tomas registradas.</translation>
    </message>
    <message>
        <source>Latest doses</source>
        <translation>Últimas tomas</translation>
    </message>
    <message>
        <source>Remove this dose</source>
        <translation>Eliminar esta toma</translation>
    </message>
    <message>
        <source>Remove the dose of %1</source>
        <translation>Eliminar la toma del %1</translation>
    </message>
    <message>
        <source>Remove dose</source>
        <translation>Eliminar toma</translation>
    </message>
    <message>
        <source>the dose of %1</source>
        <translation>la toma del %1</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Cambiar dosis</translation>
    </message>
    <message>
        <source>with its dose history</source>
        <translation>con su historial de dosis</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Eliminar medicamento</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Use a diary already on a server</source>
        <translation>Usar un diario que ya está en un servidor</translation>
    </message>
    <message>
        <source>This computer uses the care team&apos;s diary on its server from now on; nothing is copied. The diary file in the data folder stays as it is, unused.</source>
        <translation>A partir de ahora este ordenador usa el diario del equipo de cuidados en su servidor; no se copia nada. El archivo del diario en la carpeta de datos se queda como está, sin usar.</translation>
    </message>
    <message>
        <source>Move this diary to a server</source>
        <translation>Trasladar este diario a un servidor</translation>
    </message>
    <message>
        <source>The whole diary is copied to an empty database on the care team&apos;s server, and the copy is checked. Then this computer uses the diary there. The diary file in the data folder stays as it is, unused.</source>
        <translation>Todo el diario se copia a una base de datos vacía en el servidor del equipo de cuidados, y se comprueba la copia. Después, este ordenador usa el diario de allí. El archivo del diario en la carpeta de datos se queda como está, sin usar.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s administrator gives you this address: the user name, the server and the database.</source>
        <translation>Quien administra el servidor le da esta dirección: el nombre de usuario, el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator gives you this address: the user name, the server and the database, which must be empty.</source>
        <translation>Quien administra el servidor le da esta dirección: el nombre de usuario, el servidor y la base de datos, que debe estar vacía.</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Recordar la contraseña en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>The app never saves the password itself. If the server asks for one, you type it in; ticked, the keyring keeps it so you need not type it each time.</source>
        <translation>La aplicación nunca guarda la contraseña por sí misma. Si el servidor la pide, usted la escribe; con la casilla marcada, el llavero la guarda para que no tenga que escribirla cada vez.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Move the diary</source>
        <translation>Trasladar el diario</translation>
    </message>
    <message>
        <source>Use this diary</source>
        <translation>Usar este diario</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Set up a profile</source>
        <translation>Crear un perfil</translation>
    </message>
    <message>
        <source>Tell us a little about the person you care for. Only the name is needed.</source>
        <translation>Cuéntenos un poco sobre la persona que cuida. Solo hace falta el nombre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Dad, or Maria</source>
        <translation>Por ejemplo: Papá, o María</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Side with weakness</source>
        <translation>Lado con debilidad</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Sé la fecha</translation>
    </message>
    <message>
        <source>Date of the stroke or injury</source>
        <translation>Fecha del accidente cerebrovascular o la lesión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Someone with this name is already in the diary.</source>
        <translation>Ya hay alguien con este nombre en el diario.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
</context>
<context>
    <name>PreferencesCard</name>
    <message>
        <source>Appearance and reminders</source>
        <translation>Apariencia y recordatorios</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray to log an episode in one click</source>
        <translation>Mostrar un icono en la bandeja del sistema para registrar un episodio con un clic</translation>
    </message>
    <message>
        <source>Remind me to do the daily check-in at</source>
        <translation>Recordarme hacer el registro diario a las</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>With the tray icon on, closing the window keeps the app running in the tray.</source>
        <translation>Con el icono de la bandeja activado, al cerrar la ventana la aplicación sigue abierta en la bandeja.</translation>
    </message>
    <message>
        <source>Paper for printing</source>
        <translation>Papel para imprimir</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>A summary to take to the appointment: page 1 answers how often, how bad, better or worse, and why. Then come the charts, the check-ins week by week and the episode log.</source>
        <translation>Un resumen para llevar a la cita: la página 1 responde con qué frecuencia, con qué gravedad, si va mejor o peor, y por qué. Después vienen los gráficos, los registros diarios semana a semana y el registro de episodios.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Episode log in the report</source>
        <translation>Registro de episodios en el informe</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Every episode</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Este informe</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Preparando el informe</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Episode &amp;log:</source>
        <translation>&amp;Episodios:</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>No se registró nada en este periodo.</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo crear el informe: %1</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Print preview: appointment summary</source>
        <translation>Vista previa: resumen para la cita</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>Print the appointment summary</source>
        <translation>Imprimir el resumen para la cita</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Guardado %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
%2</translation>
    </message>
    <message>
        <source>Appointment summary %1</source>
        <translation>Resumen para la cita %1</translation>
    </message>
    <message>
        <source>Save the appointment summary as PDF</source>
        <translation>Guardar el resumen para la cita como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>This is sample data: the person and everything in this diary are made up.</source>
        <translation>Son datos de ejemplo: la persona y todo lo que hay en este diario son inventados.</translation>
    </message>
    <message>
        <source>Start my own diary</source>
        <translation>Empezar mi propio diario</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <source>Sample data removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Datos de ejemplo quitados. Deshacer (Ctrl+Z) los recupera.</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>Muscle group %1</source>
        <translation>Grupo muscular %1</translation>
    </message>
    <message>
        <source>Side %1</source>
        <translation>Lado %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <source>Choose a score; its meaning appears here.</source>
        <translation>Elija una puntuación; aquí aparece lo que significa.</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Eliminar fila %1</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <source>Ashworth scores over time</source>
        <translation>Puntuaciones de Ashworth a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Ashworth score</source>
        <translation>Puntuación de Ashworth</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Líneas: %1</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Edit Ashworth score</source>
        <translation>Editar puntuación de Ashworth</translation>
    </message>
    <message>
        <source>Record Ashworth scores from a visit</source>
        <translation>Anotar puntuaciones de Ashworth de una consulta</translation>
    </message>
    <message>
        <source>The Modified Ashworth Scale is how a clinician scores muscle tone by moving a limb: 0 is no increase in tone, 4 is rigid. Copy the scores from the visit.</source>
        <translation>La escala de Ashworth modificada es la forma en que un profesional sanitario puntúa el tono muscular moviendo una extremidad: 0 es sin aumento del tono, 4 es rígida. Copie las puntuaciones de la consulta.</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Who scored</source>
        <translation>Quién puntuó</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <source>Add another muscle group</source>
        <translation>Añadir otro grupo muscular</translation>
    </message>
    <message>
        <source>Choose a score for each muscle group.</source>
        <translation>Elija una puntuación para cada grupo muscular.</translation>
    </message>
    <message>
        <source>A muscle group and side is listed twice.</source>
        <translation>Hay un grupo muscular y lado repetido.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>At visits, clinicians score muscle tone with the Modified Ashworth Scale, muscle group by muscle group. Keeping the scores here shows how tone changes over time.</source>
        <translation>En las consultas, los profesionales sanitarios puntúan el tono muscular con la escala de Ashworth modificada, grupo muscular por grupo muscular. Guardar aquí las puntuaciones muestra cómo cambia el tono con el tiempo.</translation>
    </message>
    <message>
        <source>Record scores from a visit…</source>
        <translation>Anotar puntuaciones de una consulta…</translation>
    </message>
    <message>
        <source>Muscle tone over time</source>
        <translation>Tono muscular a lo largo del tiempo</translation>
    </message>
    <message>
        <source>What the scores mean</source>
        <translation>Qué significan las puntuaciones</translation>
    </message>
    <message>
        <source>Ashworth scores</source>
        <translation>Puntuaciones de Ashworth</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove this score…</source>
        <translation>Eliminar esta puntuación…</translation>
    </message>
    <message>
        <source>No scores yet. Ask for the scores at the next visit and record them here.</source>
        <translation>Aún no hay puntuaciones. Pídalas en la próxima consulta y anótelas aquí.</translation>
    </message>
    <message>
        <source>Record Ashworth scores</source>
        <translation>Anotar puntuaciones de Ashworth</translation>
    </message>
    <message>
        <source>Edit Ashworth score</source>
        <translation>Editar puntuación de Ashworth</translation>
    </message>
    <message>
        <source>the score %1 for %2 of %3</source>
        <translation>la puntuación %1 de %2 del %3</translation>
    </message>
    <message>
        <source>Remove Ashworth score</source>
        <translation>Eliminar puntuación de Ashworth</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The diary&apos;s server is not answering, so nothing can be saved right now. What you type stays in its form: press Save again once this message has gone. Trying to reconnect…</source>
        <translation>El servidor del diario no responde, así que ahora no se puede guardar nada. Lo que escriba se queda en su formulario: pulse Guardar otra vez cuando desaparezca este aviso. Intentando volver a conectar…</translation>
    </message>
    <message>
        <source>The diary&apos;s server is not answering</source>
        <translation>El servidor del diario no responde</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit therapy session</source>
        <translation>Editar sesión de terapia</translation>
    </message>
    <message>
        <source>Add a therapy session</source>
        <translation>Añadir una sesión de terapia</translation>
    </message>
    <message>
        <source>Willingness to take part is what twitching most often gets in the way of; noting it each time shows the therapist how it goes between visits.</source>
        <translation>La disposición a participar es lo que las sacudidas afectan con más frecuencia; anotarla cada vez muestra al terapeuta cómo va entre consultas.</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Kind of therapy</source>
        <translation>Tipo de terapia</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Willingness to take part, 0 to 10</source>
        <translation>Disposición a participar, de 0 a 10</translation>
    </message>
    <message>
        <source>Pain during the session, 0 to 10</source>
        <translation>Dolor durante la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What helped, what was hard</source>
        <translation>Qué ayudó, qué costó</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>Willingness to take part</source>
        <translation>Disposición a participar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>se negó</translation>
    </message>
    <message>
        <source>keen</source>
        <translation>con ganas</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Dolor durante</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>People in this diary</source>
        <translation>Personas en este diario</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Switch to this person</source>
        <translation>Cambiar a esta persona</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>cause not recorded</source>
        <translation>causa sin anotar</translation>
    </message>
    <message>
        <source>side not recorded</source>
        <translation>lado sin anotar</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>datos de ejemplo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>This removes %1 and everything recorded about them: every episode, check-in and note. Until you close the app, Undo (Ctrl+Z) brings it all back.</source>
        <translation>Esto elimina a %1 y todo lo anotado sobre esta persona: cada episodio, registro diario y nota. Hasta que cierre la aplicación, Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar a %1</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <source>Sharing with a care team</source>
        <translation>Compartir con un equipo de cuidados</translation>
    </message>
    <message>
        <source>Where the diary is</source>
        <translation>Dónde está el diario</translation>
    </message>
    <message>
        <source>A care team (family, friends, a nurse, a care home) can share one diary by moving it to a PostgreSQL database server that belongs to the team. Then several computers use the same diary at once, and each entry says which caregiver made it.</source>
        <translation>Un equipo de cuidados (familia, amistades, una enfermera, una residencia) puede compartir un diario trasladándolo a un servidor de bases de datos PostgreSQL que sea del equipo. Así varios ordenadores usan el mismo diario a la vez, y cada anotación dice qué cuidador la hizo.</translation>
    </message>
    <message>
        <source>The diary holds health information: use a server your team runs or trusts, with an account of its own for the diary. The app never saves the server&apos;s password: it asks for it when needed, unless you let this computer&apos;s keyring remember it. The guide for care teams (care-team-server.md in the app&apos;s docs) explains how to set up such a server.</source>
        <translation>El diario contiene información de salud: use un servidor que su equipo gestione o en el que confíe, con una cuenta propia para el diario. La aplicación nunca guarda la contraseña del servidor: la pide cuando hace falta, salvo que deje que el llavero de este ordenador la recuerde. La guía para equipos de cuidados (care-team-server.md, en la documentación de la aplicación) explica cómo preparar un servidor así.</translation>
    </message>
    <message>
        <source>Move this diary to a server…</source>
        <translation>Trasladar este diario a un servidor…</translation>
    </message>
    <message>
        <source>Copy the whole diary to an empty database on the care team&apos;s server and use it there</source>
        <translation>Copiar todo el diario a una base de datos vacía en el servidor del equipo de cuidados y usarlo allí</translation>
    </message>
    <message>
        <source>Use a diary already on a server…</source>
        <translation>Usar un diario que ya está en un servidor…</translation>
    </message>
    <message>
        <source>Use the care team&apos;s diary on its server from this computer, copying nothing</source>
        <translation>Usar desde este ordenador el diario del equipo de cuidados en su servidor, sin copiar nada</translation>
    </message>
    <message>
        <source>Bring a copy home…</source>
        <translation>Traer una copia a este ordenador…</translation>
    </message>
    <message>
        <source>Copy the diary from the server into an empty folder on this computer</source>
        <translation>Copiar el diario del servidor a una carpeta vacía de este ordenador</translation>
    </message>
    <message>
        <source>Stop using the server on this computer…</source>
        <translation>Dejar de usar el servidor en este ordenador…</translation>
    </message>
    <message>
        <source>Right now the diary is a file on this computer, in the data folder. Only this computer can use it.</source>
        <translation>Ahora el diario es un archivo de este ordenador, en la carpeta de datos. Solo este ordenador puede usarlo.</translation>
    </message>
    <message>
        <source>Right now the diary is on the care team&apos;s server %1. Every computer that uses it sees the same diary. This computer keeps its settings, logs and backups in the data folder.</source>
        <translation>Ahora el diario está en el servidor del equipo de cuidados %1. Todos los ordenadores que lo usan ven el mismo diario. Este ordenador guarda sus ajustes, registros y copias de seguridad en la carpeta de datos.</translation>
    </message>
    <message>
        <source>The app was started with this server&apos;s address (--database or CAREGIVER_APP_DATABASE): start it without one to use the data folder&apos;s file.</source>
        <translation>La aplicación se abrió con la dirección de este servidor (--database o CAREGIVER_APP_DATABASE): ábrala sin ella para usar el archivo de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Move this diary to a server</source>
        <translation>Trasladar este diario a un servidor</translation>
    </message>
    <message>
        <source>Copying the diary to %1…</source>
        <translation>Copiando el diario a %1…</translation>
    </message>
    <message>
        <source>The diary was not moved to %1: %2

Nothing was changed on this computer: the file in the data folder is still the diary.</source>
        <translation>El diario no se trasladó a %1: %2

No se cambió nada en este ordenador: el archivo de la carpeta de datos sigue siendo el diario.</translation>
    </message>
    <message>
        <source>Something was saved in the diary while it was being copied, so the copy on %1 misses it. The diary was not moved: the file in the data folder is still the diary, with everything in it.

The server&apos;s database now holds the incomplete copy: ask for it to be emptied (or for a new empty one) and move the diary again.</source>
        <translation>Se guardó algo en el diario mientras se copiaba, así que a la copia en %1 le falta. El diario no se trasladó: el archivo de la carpeta de datos sigue siendo el diario, con todo lo que contiene.

La base de datos del servidor tiene ahora la copia incompleta: pida que la vacíen (o una nueva vacía) y vuelva a trasladar el diario.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring remembers the password.</source>
        <translation>El llavero de este ordenador recuerda la contraseña.</translation>
    </message>
    <message>
        <source>This computer has no keyring the app can use, so the password was not remembered: the app asks for it when it starts.</source>
        <translation>Este ordenador no tiene un llavero que la aplicación pueda usar, así que la contraseña no se recordó: la aplicación la pedirá al abrirse.</translation>
    </message>
    <message>
        <source>The diary was copied to %1, but it cannot be opened there: %2

This computer goes on using the file in the data folder, unchanged.</source>
        <translation>El diario se copió a %1, pero no se puede abrir allí: %2

Este ordenador sigue usando el archivo de la carpeta de datos, sin cambios.</translation>
    </message>
    <message>
        <source>The diary is now on the server %1, checked.

From now on this computer uses the diary there, each time the app starts. The diary file in the data folder (%2) is kept as it was, unchanged, but it is no longer used.</source>
        <translation>El diario está ahora en el servidor %1, comprobado.

A partir de ahora este ordenador usa el diario de allí, cada vez que se abre la aplicación. El archivo del diario en la carpeta de datos (%2) se conserva tal como estaba, sin cambios, pero ya no se usa.</translation>
    </message>
    <message>
        <source>Use a diary already on a server</source>
        <translation>Usar un diario que ya está en un servidor</translation>
    </message>
    <message>
        <source>The diary on %1 cannot be used: %2

Nothing was changed.</source>
        <translation>No se puede usar el diario de %1: %2

No se cambió nada.</translation>
    </message>
    <message>
        <source>This computer now uses the care team&apos;s diary on %1, each time the app starts. The diary file in the data folder (%2) is kept as it was, unused.</source>
        <translation>Ahora este ordenador usa el diario del equipo de cuidados en %1, cada vez que se abre la aplicación. El archivo del diario en la carpeta de datos (%2) se conserva tal como estaba, sin usar.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the copy</source>
        <translation>Elija una carpeta vacía para la copia</translation>
    </message>
    <message>
        <source>Bring a copy home</source>
        <translation>Traer una copia a este ordenador</translation>
    </message>
    <message>
        <source>%1 already holds a diary. Nothing was copied. Choose an empty folder (the folder dialog can make a new one).</source>
        <translation>%1 ya contiene un diario. No se copió nada. Elija una carpeta vacía (el diálogo de carpetas puede crear una nueva).</translation>
    </message>
    <message>
        <source>%1 is not empty. Nothing was copied. Choose an empty folder (the folder dialog can make a new one).</source>
        <translation>%1 no está vacía. No se copió nada. Elija una carpeta vacía (el diálogo de carpetas puede crear una nueva).</translation>
    </message>
    <message>
        <source>The copy could not be made: %1

Nothing else was changed.</source>
        <translation>No se pudo hacer la copia: %1

No se cambió nada más.</translation>
    </message>
    <message>
        <source>A copy of the diary (%1) is now in %2. It was checked. Nothing else changed: this computer still uses the diary on the server.

To open the copy, start the app with that folder:
caregiver-app --data-dir &quot;%2&quot;

The copy holds health information: keep it private.</source>
        <translation>Ahora hay una copia del diario (%1) en %2. Se ha comprobado. Nada más ha cambiado: este ordenador sigue usando el diario del servidor.

Para abrir la copia, abra la aplicación con esa carpeta:
caregiver-app --data-dir &quot;%2&quot;

La copia contiene información de salud: guárdela en privado.</translation>
    </message>
    <message>
        <source>Stop using the server on this computer?</source>
        <translation>¿Dejar de usar el servidor en este ordenador?</translation>
    </message>
    <message>
        <source>This computer goes back to the diary file kept in the data folder (%1), as it was before the move. That file does not hold anything logged on the server since then.

To keep what is on the server, bring a copy home first. The diary on the server is not changed, and other computers go on using it.</source>
        <translation>Este ordenador vuelve al archivo del diario guardado en la carpeta de datos (%1), tal como estaba antes del traslado. Ese archivo no contiene nada de lo anotado en el servidor desde entonces.

Para conservar lo que hay en el servidor, traiga antes una copia a este ordenador. El diario del servidor no cambia, y los demás ordenadores lo siguen usando.</translation>
    </message>
    <message>
        <source>Stop using the server</source>
        <translation>Dejar de usar el servidor</translation>
    </message>
    <message>
        <source>The data folder&apos;s diary file cannot be used: %1

This computer goes on using the diary on the server.</source>
        <translation>No se puede usar el archivo del diario de la carpeta de datos: %1

Este ordenador sigue usando el diario del servidor.</translation>
    </message>
    <message>
        <source>This computer uses the diary file in the data folder again.</source>
        <translation>Este ordenador vuelve a usar el archivo del diario de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Caring for</source>
        <translation>Cuidando a</translation>
    </message>
    <message>
        <source>Person cared for</source>
        <translation>Persona cuidada</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ayudas técnicas</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>TherapyTab</name>
    <message>
        <source>Each session with how willing they were to take part and any pain during it, plus the minutes of home exercise and splint wear each day.</source>
        <translation>Cada sesión con la disposición a participar y el dolor durante ella, además de los minutos de ejercicio en casa y de uso de la férula cada día.</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Añadir una sesión…</translation>
    </message>
    <message>
        <source>Therapy sessions</source>
        <translation>Sesiones de terapia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Dolor durante</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove this session…</source>
        <translation>Eliminar esta sesión…</translation>
    </message>
    <message>
        <source>No sessions yet. Add one after the next session.</source>
        <translation>Aún no hay sesiones. Añada una después de la próxima sesión.</translation>
    </message>
    <message>
        <source>Home exercise and splint wear</source>
        <translation>Ejercicio en casa y uso de la férula</translation>
    </message>
    <message>
        <source>Day of the minutes</source>
        <translation>Día de los minutos</translation>
    </message>
    <message>
        <source>Minutes of home exercise</source>
        <translation>Minutos de ejercicio en casa</translation>
    </message>
    <message>
        <source>Minutes of splint wear</source>
        <translation>Minutos con la férula puesta</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Guardar minutos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Home exercise</source>
        <translation>Ejercicio en casa</translation>
    </message>
    <message>
        <source>Splint worn</source>
        <translation>Férula puesta</translation>
    </message>
    <message>
        <source>No sessions in the last 4 weeks.</source>
        <translation>Ninguna sesión en las últimas 4 semanas.</translation>
    </message>
    <message>
        <source>Last 4 weeks: %1 sessions, %2 in all.</source>
        <translation>Últimas 4 semanas: %1 sesiones, %2 en total.</translation>
    </message>
    <message>
        <source>Willingness %1/10 on average</source>
        <translation>Disposición %1/10 de media</translation>
    </message>
    <message>
        <source>(the 4 weeks before: %1)</source>
        <translation>(las 4 semanas anteriores: %1)</translation>
    </message>
    <message>
        <source>Pain during %1/10 on average.</source>
        <translation>Dolor durante %1/10 de media.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Last 7 days: home exercise on %1 days, %2 in all; splint worn on %3 days, %4 in all.</source>
        <translation>Últimos 7 días: ejercicio en casa %1 días, %2 en total; férula puesta %3 días, %4 en total.</translation>
    </message>
    <message>
        <source>Add therapy session</source>
        <translation>Añadir sesión de terapia</translation>
    </message>
    <message>
        <source>Edit therapy session</source>
        <translation>Editar sesión de terapia</translation>
    </message>
    <message>
        <source>the %1 session of %2</source>
        <translation>la sesión de %1 del %2</translation>
    </message>
    <message>
        <source>Remove therapy session</source>
        <translation>Eliminar sesión de terapia</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>+  Log episode</source>
        <translation>+  Registrar episodio</translation>
    </message>
    <message>
        <source>Log a twitch, spasm or stiffness now (Ctrl+N)</source>
        <translation>Registrar ahora una sacudida, un espasmo o rigidez (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Registrar episodio</translation>
    </message>
    <message>
        <source>Log a fall…</source>
        <translation>Anotar una caída…</translation>
    </message>
    <message>
        <source>A fall: when, whether they were hurt, and a note</source>
        <translation>Una caída: cuándo, si se hizo daño y una nota</translation>
    </message>
    <message>
        <source>Time is set to now. Choose how strong it was, then Save.</source>
        <translation>La hora es la actual. Elija la intensidad y pulse Guardar.</translation>
    </message>
    <message>
        <source>When to get help now</source>
        <translation>Cuándo pedir ayuda urgente</translation>
    </message>
    <message>
        <source>Warning signs of a stroke, a seizure, a fall or a medicine problem</source>
        <translation>Señales de alarma de un ictus, una crisis epiléptica, una caída o un problema con un medicamento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>Today&apos;s check-in</source>
        <translation>Registro diario de hoy</translation>
    </message>
    <message>
        <source>Latest episodes</source>
        <translation>Últimos episodios</translation>
    </message>
    <message>
        <source>See all episodes</source>
        <translation>Ver todos los episodios</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>%1 · Diary of %2</source>
        <translation>%1 · Diario de %2</translation>
    </message>
    <message>
        <source>Monday to Sunday.</source>
        <translation>De lunes a domingo.</translation>
    </message>
    <message>
        <source>Monday to today.</source>
        <translation>De lunes a hoy.</translation>
    </message>
    <message>
        <source>%1 fewer than the same days last week (%2).</source>
        <translation>%1 menos que los mismos días de la semana pasada (%2).</translation>
    </message>
    <message>
        <source>%1 more than the same days last week (%2).</source>
        <translation>%1 más que los mismos días de la semana pasada (%2).</translation>
    </message>
    <message>
        <source>As many as on the same days last week (%2).</source>
        <translation>Los mismos que en los mismos días de la semana pasada (%2).</translation>
    </message>
    <message>
        <source>episodes, Monday to Sunday.</source>
        <translation>episodios, de lunes a domingo.</translation>
    </message>
    <message>
        <source>Not done yet. It takes a minute: sleep, drinks, stress, meals, exercises and therapy.</source>
        <translation>Aún sin hacer. Lleva un minuto: sueño, bebida, estrés, comidas, ejercicios y terapia.</translation>
    </message>
    <message>
        <source>Do today&apos;s check-in</source>
        <translation>Hacer el registro de hoy</translation>
    </message>
    <message>
        <source>slept %1 h</source>
        <translation>durmió %1 h</translation>
    </message>
    <message>
        <source>stress %1/10</source>
        <translation>estrés %1/10</translation>
    </message>
    <message>
        <source>therapy done</source>
        <translation>terapia hecha</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>Change today&apos;s check-in</source>
        <translation>Cambiar el registro de hoy</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Log episode now</source>
        <translation>Registrar episodio ahora</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Open Caregiver Dashboard</source>
        <translation>Abrir Caregiver Dashboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Caregiver Dashboard: click to log an episode</source>
        <translation>Caregiver Dashboard: haga clic para registrar un episodio</translation>
    </message>
    <message>
        <source>Time for today&apos;s check-in</source>
        <translation>Es hora del registro diario</translation>
    </message>
    <message>
        <source>It takes a minute: sleep, drinks, stress, meals, exercises and therapy.</source>
        <translation>Lleva un minuto: sueño, bebida, estrés, comidas, ejercicios y terapia.</translation>
    </message>
</context>
<context>
    <name>TreatmentTab</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Puede recuperarlo con Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>No se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>Treatments</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>A record of what is given and done, to take to appointments. It does not recommend any treatment: talk any change over with the clinician.</source>
        <translation>Un registro de lo que se da y se hace, para llevar a las citas. No recomienda ningún tratamiento: hable cualquier cambio con el profesional sanitario.</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Injections</source>
        <translation>&amp;Inyecciones</translation>
    </message>
    <message>
        <source>T&amp;herapy</source>
        <translation>&amp;Terapia</translation>
    </message>
    <message>
        <source>&amp;Clinician scores</source>
        <translation>&amp;Puntuaciones clínicas</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>Which treatments to show</source>
        <translation>Qué tratamientos mostrar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere.</source>
        <translation>Todo se queda en este equipo. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>This diary is kept on your care team&apos;s own server (%1). Nothing is sent anywhere else.</source>
        <translation>Este diario se guarda en el servidor propio de su equipo de cuidados (%1). No se envía nada a ningún otro sitio.</translation>
    </message>
    <message>
        <source>This diary helps you keep track of muscle twitching, spasms and stiffness after a stroke or a brain injury, and of the things that can make them worse, like poor sleep or stress.

Log each episode in a few seconds. Do a short check-in each day. Then take a clear report to the next appointment.</source>
        <translation>Este diario le ayuda a llevar la cuenta de las sacudidas musculares, los espasmos y la rigidez después de un accidente cerebrovascular o una lesión cerebral, y de lo que puede empeorarlos, como dormir mal o el estrés.

Registre cada episodio en pocos segundos. Haga un breve registro cada día. Después, lleve un informe claro a la próxima cita.</translation>
    </message>
    <message>
        <source>Set up a profile</source>
        <translation>Crear un perfil</translation>
    </message>
    <message>
        <source>Start the diary for the person you care for</source>
        <translation>Empezar el diario de la persona que cuida</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Explorar con datos de ejemplo</translation>
    </message>
    <message>
        <source>Look around with six months of made-up data</source>
        <translation>Echar un vistazo con seis meses de datos inventados</translation>
    </message>
    <message>
        <source>Sample data is made up and kept apart. You can remove it later in Settings.</source>
        <translation>Los datos de ejemplo son inventados y se guardan aparte. Puede eliminarlos después en Ajustes.</translation>
    </message>
    <message>
        <source>Moving from another computer? Restore a backup of the diary.</source>
        <translation>¿Viene de otro equipo? Restaure una copia de seguridad del diario.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <source>Open Settings, where backups are restored</source>
        <translation>Abre Ajustes, donde se restauran las copias de seguridad</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <source>Woke up with a stiff hand.</source>
        <translation>Se despertó con la mano rígida.</translation>
    </message>
    <message>
        <source>Happened while putting on a shirt.</source>
        <translation>Pasó al ponerse una camisa.</translation>
    </message>
    <message>
        <source>Calmed down after a warm towel.</source>
        <translation>Se calmó con una toalla tibia.</translation>
    </message>
    <message>
        <source>Leg jumped during dinner.</source>
        <translation>La pierna dio un salto durante la cena.</translation>
    </message>
    <message>
        <source>Said it hurt more than usual.</source>
        <translation>Dijo que dolía más de lo normal.</translation>
    </message>
    <message>
        <source>Short twitch, then it settled.</source>
        <translation>Una sacudida corta y luego se calmó.</translation>
    </message>
    <message>
        <source>After the physio session.</source>
        <translation>Después de la sesión de fisioterapia.</translation>
    </message>
    <message>
        <source>Sam (sample)</source>
        <translation>Sam (ejemplo)</translation>
    </message>
    <message>
        <source>Sample data, made up for exploring the app.</source>
        <translation>Datos de ejemplo, inventados para probar la aplicación.</translation>
    </message>
    <message>
        <source>Dr A. Okafor, spasticity clinic</source>
        <translation>Dr. A. Okafor, consulta de espasticidad</translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation>Tizanidina</translation>
    </message>
    <message>
        <source>Baclofen</source>
        <translation>Baclofeno</translation>
    </message>
    <message>
        <source>Open the left hand enough to clean the palm</source>
        <translation>Abrir la mano izquierda lo bastante para limpiar la palma</translation>
    </message>
    <message>
        <source>Put the left arm into a shirt sleeve with less help</source>
        <translation>Meter el brazo izquierdo en la manga de la camisa con menos ayuda</translation>
    </message>
    <message>
        <source>Fewer painful spasms at night</source>
        <translation>Menos espasmos dolorosos por la noche</translation>
    </message>
    <message>
        <source>Did not want to start; better after a rest.</source>
        <translation>No quería empezar; mejor después de descansar.</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>por la noche</translation>
    </message>
    <message>
        <source>Drowsy and dizzy in the mornings.</source>
        <translation>Somnolencia y mareo por las mañanas.</translation>
    </message>
    <message>
        <source>Stopped after talking to the GP.</source>
        <translation>Se dejó después de hablar con el médico de cabecera.</translation>
    </message>
    <message>
        <source>three times a day</source>
        <translation>tres veces al día</translation>
    </message>
    <message>
        <source>A little sleepy after the evening dose.</source>
        <translation>Un poco de sueño después de la dosis de la tarde.</translation>
    </message>
    <message>
        <source>Raised at the spasticity clinic.</source>
        <translation>Subida en la consulta de espasticidad.</translation>
    </message>
    <message>
        <source>up to four times a day</source>
        <translation>hasta cuatro veces al día</translation>
    </message>
    <message>
        <source>Two 500 mg tablets.</source>
        <translation>Dos comprimidos de 500 mg.</translation>
    </message>
    <message>
        <source>Elbow, wrist and finger flexors</source>
        <translation>Flexores del codo, la muñeca y los dedos</translation>
    </message>
    <message>
        <source>300 units</source>
        <translation>300 unidades</translation>
    </message>
    <message>
        <source>Botulinum toxin type A</source>
        <translation>Toxina botulínica tipo A</translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation>Inyección de toxina botulínica</translation>
    </message>
    <message>
        <source>Injected the left arm. Goals agreed for the next 12 weeks.</source>
        <translation>Inyección en el brazo izquierdo. Objetivos acordados para las próximas 12 semanas.</translation>
    </message>
    <message>
        <source>How soon should we see a change?</source>
        <translation>¿Cuándo deberíamos notar un cambio?</translation>
    </message>
    <message>
        <source>Follow-up and goal review</source>
        <translation>Revisión y repaso de objetivos</translation>
    </message>
    <message>
        <source>Hand opens more easily. Keep up the night splint.</source>
        <translation>La mano se abre con más facilidad. Seguir con la férula de noche.</translation>
    </message>
    <message>
        <source>Should the splint be worn in the day too?</source>
        <translation>¿Debe llevar la férula también de día?</translation>
    </message>
    <message>
        <source>Next injection and review</source>
        <translation>Próxima inyección y revisión</translation>
    </message>
    <message>
        <source>The spasms seem to come back from about week 9. Could the next one be sooner?</source>
        <translation>Los espasmos parecen volver hacia la semana 9. ¿Podría ser antes la próxima?</translation>
    </message>
    <message>
        <source>Is 15 mg of baclofen still the right dose?</source>
        <translation>¿Sigue siendo 15 mg de baclofeno la dosis adecuada?</translation>
    </message>
    <message>
        <source>The night splint rubs the wrist. Can it be adjusted?</source>
        <translation>La férula de noche roza la muñeca. ¿Se puede ajustar?</translation>
    </message>
    <message>
        <source>Physiotherapy review</source>
        <translation>Revisión de fisioterapia</translation>
    </message>
    <message>
        <source>Which stretches help most in the morning?</source>
        <translation>¿Qué estiramientos ayudan más por la mañana?</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fisioterapeuta</translation>
    </message>
    <message>
        <source>Slid off the bed at night; a bruise on the left hip.</source>
        <translation>Se resbaló de la cama por la noche; un moratón en la cadera izquierda.</translation>
    </message>
</context>
</TS>
