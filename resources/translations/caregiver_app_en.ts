<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln episode(s)</source>
        <translation>
            <numerusform>%Ln episode</numerusform>
            <numerusform>%Ln episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n episode(s)</source>
        <translation>
            <numerusform>Delete episode</numerusform>
            <numerusform>Delete %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) deleted.</source>
        <translation>
            <numerusform>%n episode deleted.</numerusform>
            <numerusform>%n episodes deleted.</numerusform>
        </translation>
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
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>episode(s) so far today</source>
        <translation>
            <numerusform>episode so far today</numerusform>
            <numerusform>episodes so far today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glass(es) to drink</source>
        <translation>
            <numerusform>%n glass to drink</numerusform>
            <numerusform>%n glasses to drink</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to ask.</source>
        <translation>
            <numerusform>%n question to ask.</numerusform>
            <numerusform>%n questions to ask.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) in the last 7 days</source>
        <translation>
            <numerusform>%n dose in the last 7 days</numerusform>
            <numerusform>%n doses in the last 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>%Ln week ago</numerusform>
            <numerusform>%Ln weeks ago</numerusform>
        </translation>
    </message>
</context>
</TS>
