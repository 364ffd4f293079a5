<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertDetailText</name>
    <message numerus="yes">
        <location filename="../../../../ui/alerts/AlertDetailText.cpp" line="31"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/alerts/AlertDetailText.cpp" line="45"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::AlertsPage</name>
    <message numerus="yes">
        <location filename="../../../../ui/alerts/AlertsPage.cpp" line="151"/>
        <source>%n new alert(s) to review.</source>
        <translation>
            <numerusform>%n new alert to review.</numerusform>
            <numerusform>%n new alerts to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ConsoleTray</name>
    <message numerus="yes">
        <location filename="../../../../ui/session/ConsoleTray.cpp" line="45"/>
        <source>Custos: %n request(s) await you</source>
        <translation>
            <numerusform>Custos: %n request awaits you</numerusform>
            <numerusform>Custos: %n requests await you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/session/ConsoleTray.cpp" line="46"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::DashboardPage</name>
    <message numerus="yes">
        <location filename="../../../../ui/dashboard/DashboardPage.cpp" line="102"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/dashboard/DashboardPage.cpp" line="202"/>
        <source>Loading the last %n day(s)…</source>
        <translation>
            <numerusform>Loading the last %n day…</numerusform>
            <numerusform>Loading the last %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/dashboard/DashboardPage.cpp" line="237"/>
        <source>%1 to %2: %n interaction(s), %3 open alert(s)</source>
        <translation>
            <numerusform>%1 to %2: %n interaction, %3 open alert(s)</numerusform>
            <numerusform>%1 to %2: %n interactions, %3 open alert(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/dashboard/DashboardPage.cpp" line="329"/>
        <source>%n interaction(s): %1</source>
        <translation>
            <numerusform>%n interaction: %1</numerusform>
            <numerusform>%n interactions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::EvidenceEventsPage</name>
    <message numerus="yes">
        <location filename="../../../../ui/evidence/EvidenceEventsPage.cpp" line="186"/>
        <source>Page %1: %n event(s), newest first</source>
        <translation>
            <numerusform>Page %1: %n event, newest first</numerusform>
            <numerusform>Page %1: %n events, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ExceptionInbox</name>
    <message numerus="yes">
        <location filename="../../../../ui/session/ExceptionInbox.cpp" line="172"/>
        <source>%n exception request(s) await your decision.</source>
        <translation>
            <numerusform>%n exception request awaits your decision.</numerusform>
            <numerusform>%n exception requests await your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ReplayPage</name>
    <message numerus="yes">
        <location filename="../../../../ui/policyeditor/ReplayPage.cpp" line="134"/>
        <source>%n interaction(s) examined…</source>
        <translation>
            <numerusform>%n interaction examined…</numerusform>
            <numerusform>%n interactions examined…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/policyeditor/ReplayPage.cpp" line="142"/>
        <source>%n could not be replayed (payload erased, or no request recorded).</source>
        <translation>
            <numerusform>%n could not be replayed (payload erased, or no request recorded).</numerusform>
            <numerusform>%n could not be replayed (payload erased, or no request recorded).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::RetentionSettingsPage</name>
    <message numerus="yes">
        <location filename="../../../../ui/settings/RetentionSettingsPage.cpp" line="23"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/settings/RetentionSettingsPage.cpp" line="110"/>
        <source>%n payload(s) past their period were dropped (digests kept); </source>
        <translation>
            <numerusform>%n payload past its period was dropped (digest kept); </numerusform>
            <numerusform>%n payloads past their period were dropped (digests kept); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/settings/RetentionSettingsPage.cpp" line="112"/>
        <source>%n kept by legal holds.</source>
        <translation>
            <numerusform>%n kept by legal holds.</numerusform>
            <numerusform>%n kept by legal holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::RiskReportExportDialog</name>
    <message numerus="yes">
        <location filename="../../../../ui/dashboard/RiskReportExportDialog.cpp" line="33"/>
        <source>The risk-surface report of the last %n day(s) as a PDF. The export is recorded in the ledger with your name.</source>
        <translation>
            <numerusform>The risk-surface report of the last %n day as a PDF. The export is recorded in the ledger with your name.</numerusform>
            <numerusform>The risk-surface report of the last %n days as a PDF. The export is recorded in the ledger with your name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/dashboard/RiskReportExportDialog.cpp" line="130"/>
        <source>Written: %1 (%n interaction(s)), SHA-256 %2</source>
        <translation>
            <numerusform>Written: %1 (%n interaction), SHA-256 %2</numerusform>
            <numerusform>Written: %1 (%n interactions), SHA-256 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ValidityIndicator</name>
    <message numerus="yes">
        <location filename="../../../../ui/policyeditor/ValidityIndicator.cpp" line="58"/>
        <source>Invalid: %n problem(s)</source>
        <translation>
            <numerusform>Invalid: %n problem</numerusform>
            <numerusform>Invalid: %n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
