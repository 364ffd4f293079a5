<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- One fault per message, in the order tst_translation_catalogues expects them. -->
<TS version="2.1" language="de">
<context>
    <name>Fixture</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the sources</source>
        <translation type="vanished">Nicht mehr in den Quellen</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %3</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Speichern</translation>
    </message>
</context>
</TS>
