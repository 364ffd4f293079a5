<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertDetailText</name>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="19"/>
        <source>warning</source>
        <comment>alert severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="21"/>
        <source>high</source>
        <comment>alert severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="30"/>
        <source>Budget window</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertDetailText.cpp" line="31"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="34"/>
        <source>%1 new values a day</source>
        <translation>%1 neue Werte pro Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertDetailText.cpp" line="45"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n Tag</numerusform>
            <numerusform>%1 in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="48"/>
        <source>Watcher</source>
        <translation>Wächter</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="49"/>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="50"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="50"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="51"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="52"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="53"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="54"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="55"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="33"/>
        <source>Baseline</source>
        <translation>Grundlinie</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="56"/>
        <source>New values that day</source>
        <translation>Neue Werte an dem Tag</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="57"/>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="58"/>
        <source>Policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="59"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="61"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="61"/>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="63"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ConsoleLanguage</name>
    <message>
        <location filename="../ui/i18n/ConsoleLanguage.cpp" line="37"/>
        <location filename="../ui/i18n/ConsoleLanguage.cpp" line="51"/>
        <source>--lang %1 is not offered; choose one of: %2.</source>
        <translation>--lang %1 wird nicht angeboten; wählen Sie eine dieser Sprachen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/i18n/ConsoleLanguage.cpp" line="56"/>
        <source>The %1 catalogue is missing from this build.</source>
        <translation>Der Katalog für %1 fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>InteractionDetailHtml</name>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="78"/>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="80"/>
        <source>Passed on unchanged</source>
        <translation>Unverändert weitergegeben</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="82"/>
        <source>As passed on</source>
        <translation>Wie weitergegeben</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="89"/>
        <source>&lt;p&gt;This interaction&apos;s payload was erased by retention; its digest keeps the chain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Nutzdaten dieser Interaktion wurden durch die Aufbewahrungsregeln gelöscht; ihr Hash hält die Kette intakt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; by %2 (%3), model %4, route %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; von %2 (%3), Modell %4, Route %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="94"/>
        <source>&lt;p&gt;Rules: %1&lt;br&gt;Policy version: &lt;a href=&quot;custos://policy/%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>&lt;p&gt;Regeln: %1&lt;br&gt;Richtlinienversion: &lt;a href=&quot;custos://policy/%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="98"/>
        <source>&lt;br&gt;Exception: &lt;a href=&quot;custos://exception/%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;br&gt;Ausnahme: &lt;a href=&quot;custos://exception/%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="105"/>
        <source>The payload cannot be read: %1</source>
        <translation>Die Nutzdaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="115"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="116"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="9"/>
        <source>administrator</source>
        <comment>role</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="11"/>
        <source>risk officer</source>
        <comment>role</comment>
        <translation>Risikoverantwortlicher</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="13"/>
        <source>approver</source>
        <comment>role</comment>
        <translation>Genehmigender</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="15"/>
        <source>developer</source>
        <comment>role</comment>
        <translation>Entwickler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="17"/>
        <source>auditor</source>
        <comment>role</comment>
        <translation>Prüfer</translation>
    </message>
</context>
<context>
    <name>StoreSignIn</name>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="24"/>
        <source>Found at the console&apos;s former location; new stores are made at %1.</source>
        <translation>Am früheren Ort der Konsole gefunden; neue Speicher werden unter %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="27"/>
        <source>Chosen by CUSTOS_STORE.</source>
        <translation>Durch CUSTOS_STORE festgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="29"/>
        <source>Unlocked with the key file %1.</source>
        <translation>Entsperrt mit der Schlüsseldatei %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="31"/>
        <source>Unlocked with its key in the OS keychain.</source>
        <translation>Entsperrt mit seinem Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="33"/>
        <source>Its key file cannot be used (%1); enter the passphrase if the store has one.</source>
        <translation>Seine Schlüsseldatei ist nicht verwendbar (%1); geben Sie die Passphrase ein, falls der Speicher eine hat.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="48"/>
        <source>Sign in to Custos</source>
        <translation>Bei Custos anmelden</translation>
    </message>
</context>
<context>
    <name>custos::AlertListModel</name>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="72"/>
        <source>Baseline %1, over-dispersion %2</source>
        <translation>Grundlinie %1, Überdispersion %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="113"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="115"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="117"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="119"/>
        <source>Watcher</source>
        <translation>Wächter</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="121"/>
        <source>Statistic /
threshold</source>
        <translation>Statistik /
Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="123"/>
        <source>Distinct values
in 1/7/30/42 days</source>
        <translation>Verschiedene Werte
in 1/7/30/42 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="125"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="127"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="141"/>
        <source>novel values</source>
        <comment>watcher</comment>
        <translation>neue Werte</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="143"/>
        <source>budget</source>
        <comment>watcher</comment>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="151"/>
        <source>awaiting a decision</source>
        <comment>alert state</comment>
        <translation>wartet auf Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="153"/>
        <source>escalated by %1, for a risk officer</source>
        <comment>alert state</comment>
        <translation>eskaliert von %1, für Risikoverantwortliche</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="155"/>
        <source>dismissed by %1</source>
        <comment>alert state</comment>
        <translation>verworfen von %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="157"/>
        <source>confirmed by %1</source>
        <comment>alert state</comment>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="164"/>
        <source>%1 against %2</source>
        <translation>%1 bei Schwelle %2</translation>
    </message>
</context>
<context>
    <name>custos::AlertsPage</name>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="49"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="60"/>
        <source>No alerts. When a watcher sees a user send more new sensitive values than usual, or break a budget, the alert appears here.</source>
        <translation>Keine Alarme. Wenn ein Wächter sieht, dass ein Benutzer mehr neue sensible Werte sendet als üblich oder ein Budget überschreitet, erscheint der Alarm hier.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="64"/>
        <source>Alert detail</source>
        <translation>Alarmdetails</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="67"/>
        <source>Contributing interactions</source>
        <translation>Beteiligte Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="70"/>
        <source>Explain…</source>
        <translation>Erklären…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="71"/>
        <source>Explain the selected interaction</source>
        <translation>Die gewählte Interaktion erklären</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="74"/>
        <location filename="../ui/alerts/AlertsPage.cpp" line="95"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="76"/>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="77"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="78"/>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="129"/>
        <source>The alerts could not be read: %1</source>
        <translation>Die Alarme konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertsPage.cpp" line="151"/>
        <source>%n new alert(s) to review.</source>
        <translation>
            <numerusform>%n neuer Alarm zu prüfen.</numerusform>
            <numerusform>%n neue Alarme zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="181"/>
        <source>&lt;p&gt;Select an alert to see what the watcher counted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Alarm, um zu sehen, was der Wächter gezählt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="188"/>
        <source>Interaction #%1 (covered by an exception)</source>
        <translation>Interaktion Nr. %1 (durch eine Ausnahme gedeckt)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="189"/>
        <source>Interaction #%1</source>
        <translation>Interaktion Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="212"/>
        <source>This alert is about you: another approver or risk officer decides it.</source>
        <translation>Dieser Alarm betrifft Sie: Ein anderer Genehmigender oder Risikoverantwortlicher entscheidet darüber.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="214"/>
        <source>This alert was escalated: a risk officer decides it.</source>
        <translation>Dieser Alarm wurde eskaliert: Ein Risikoverantwortlicher entscheidet darüber.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="230"/>
        <source>Deciding needs your password, and no prompt is available.</source>
        <translation>Für die Entscheidung ist Ihr Passwort nötig, aber es steht keine Abfrage zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="235"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="262"/>
        <source>Escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="275"/>
        <source>%1 was not escalated: %2</source>
        <translation>%1 wurde nicht eskaliert: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="287"/>
        <source>%1 confirmed; %2 is at raised risk for %3.</source>
        <translation>%1 bestätigt; für %2 gilt bei %3 eine erhöhte Risikostufe.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="290"/>
        <source>%1 escalated to the risk officers; %2 is at raised risk for %3 meanwhile.</source>
        <translation>%1 an die Risikoverantwortlichen eskaliert; für %2 gilt bei %3 bis dahin eine erhöhte Risikostufe.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="301"/>
        <source>Select the alert to decide.</source>
        <translation>Wählen Sie den Alarm, über den Sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="309"/>
        <source>Give a reason to dismiss %1: it tells the baseline what is normal.</source>
        <translation>Geben Sie eine Begründung an, um %1 zu verwerfen: Sie sagt der Grundlinie, was normal ist.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="313"/>
        <source>Give a reason to escalate %1: the risk officers read it.</source>
        <translation>Geben Sie eine Begründung an, um %1 zu eskalieren: Die Risikoverantwortlichen lesen sie.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="258"/>
        <source>Dismiss %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="75"/>
        <source>Why (required to dismiss or escalate)</source>
        <translation>Warum (zum Verwerfen oder Eskalieren nötig)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="260"/>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="271"/>
        <source>%1 was not dismissed: %2</source>
        <translation>%1 wurde nicht verworfen: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="273"/>
        <source>%1 was not confirmed: %2</source>
        <translation>%1 wurde nicht bestätigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="284"/>
        <source>%1 dismissed; its days count as normal in %2&apos;s baseline.</source>
        <translation>%1 verworfen; seine Tage zählen in der Grundlinie von %2 als normal.</translation>
    </message>
</context>
<context>
    <name>custos::AuditExportDialog</name>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="58"/>
        <source>Export audit pack</source>
        <translation>Prüfpaket exportieren</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="65"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="68"/>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="268"/>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="276"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="104"/>
        <source>Digests and redacted text passed on (default)</source>
        <translation>Hashes und weitergegebener, geschwärzter Text (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="105"/>
        <source>Redacted prompts and responses</source>
        <translation>Geschwärzte Prompts und Antworten</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="106"/>
        <source>Raw payloads (auditors only, needs a reason)</source>
        <translation>Rohdaten (nur für Prüfer, mit Begründung)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="109"/>
        <source>Why raw payloads are needed; recorded in the ledger</source>
        <translation>Warum Rohdaten nötig sind; wird im Journal festgehalten</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="112"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="117"/>
        <source>Also write a .zip and keep only the zip</source>
        <translation>Zusätzlich als .zip schreiben und nur die ZIP-Datei behalten</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="127"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="128"/>
        <source>To (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="129"/>
        <source>Services (none ticked: all)</source>
        <translation>Services (keiner angehakt: alle)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="130"/>
        <source>Payloads</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="131"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="132"/>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="225"/>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="134"/>
        <source>Your password (%1)</source>
        <translation>Ihr Passwort (%1)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="153"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="155"/>
        <source>Send the export key fingerprint to the auditor by another channel (phone, signed mail): it is what lets them trust the pack&apos;s signature.</source>
        <translation>Senden Sie den Fingerabdruck des Exportschlüssels auf einem anderen Weg an die Prüfer (Telefon, signierte E-Mail): Nur so können sie der Signatur des Pakets vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="160"/>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="161"/>
        <source>Pack fingerprint</source>
        <translation>Fingerabdruck des Pakets</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="162"/>
        <source>Export key fingerprint</source>
        <translation>Fingerabdruck des Exportschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="210"/>
        <source>The period is empty: &quot;From&quot; must be before &quot;To&quot;.</source>
        <translation>Der Zeitraum ist leer: „Von“ muss vor „Bis“ liegen.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="212"/>
        <source>Raw payloads need a reason; it is recorded with the export.</source>
        <translation>Rohdaten brauchen eine Begründung; sie wird mit dem Export festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="214"/>
        <source>Choose an existing destination folder.</source>
        <translation>Wählen Sie einen vorhandenen Zielordner.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="216"/>
        <source>Re-enter your password to sign the export.</source>
        <translation>Geben Sie Ihr Passwort erneut ein, um den Export zu signieren.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="234"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="238"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="244"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="262"/>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="263"/>
        <source>Exported, but the chain is broken: the pack&apos;s verdict names the break.</source>
        <translation>Exportiert, aber die Kette ist gebrochen: Das Prüfergebnis im Paket nennt die Bruchstelle.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="275"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="275"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>custos::ClassRateModel</name>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Hits per 1,000 interactions</source>
        <translation>Treffer je 1.000 Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Interactions with hits</source>
        <translation>Interaktionen mit Treffern</translation>
    </message>
</context>
<context>
    <name>custos::ConsoleHeader</name>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="45"/>
        <source>Console status</source>
        <translation>Konsolenstatus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="66"/>
        <source>Gateway listening on %1; the new address failed: %2</source>
        <translation>Gateway lauscht auf %1; die neue Adresse schlug fehl: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="69"/>
        <source>Gateway not listening: %1</source>
        <translation>Gateway lauscht nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="72"/>
        <source>Gateway stopped</source>
        <translation>Gateway angehalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="74"/>
        <source>Gateway listening on %1</source>
        <translation>Gateway lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="83"/>
        <source>Store: %1</source>
        <translation>Nachweisspeicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="83"/>
        <source>none open</source>
        <translation>keiner geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="89"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="90"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>custos::ConsoleSections</name>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="125"/>
        <source>Policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="142"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="159"/>
        <source>Exceptions (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="159"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="172"/>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="172"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="224"/>
        <source>Custos — %1</source>
        <translation>Custos – %1</translation>
    </message>
</context>
<context>
    <name>custos::ConsoleSession</name>
    <message>
        <location filename="../ui/session/ConsoleSession.cpp" line="45"/>
        <source>name the first admin and the service to govern</source>
        <translation>nennen Sie den ersten Administrator und den zu steuernden Service</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSession.cpp" line="47"/>
        <source>the policy is invalid: %1</source>
        <translation>die Richtlinie ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>custos::ConsoleTray</name>
    <message>
        <location filename="../ui/session/ConsoleTray.cpp" line="33"/>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/ConsoleTray.cpp" line="45"/>
        <source>Custos: %n request(s) await you</source>
        <translation>
            <numerusform>Custos: %n Antrag wartet auf Sie</numerusform>
            <numerusform>Custos: %n Anträge warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/ConsoleTray.cpp" line="46"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::DailyActivityModel</name>
    <message>
        <location filename="../ui/dashboard/DailyActivityModel.cpp" line="9"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DailyActivityModel.cpp" line="9"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DailyActivityModel.cpp" line="11"/>
        <source>%1 per 1,000</source>
        <translation>%1 je 1.000</translation>
    </message>
</context>
<context>
    <name>custos::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="45"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Übersicht&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="47"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="48"/>
        <source>Enforced policy</source>
        <translation>Geltende Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="49"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="50"/>
        <source>Rules fired most</source>
        <translation>Häufigste Regeln</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="51"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="181"/>
        <source>Exception requests</source>
        <translation>Ausnahmeanträge</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="52"/>
        <source>No interactions in this period. The charts fill once services send requests through the gateway.</source>
        <translation>Keine Interaktionen in diesem Zeitraum. Die Diagramme füllen sich, sobald Services Anfragen über das Gateway senden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="97"/>
        <source>&lt;h3&gt;Risk surface&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Risikooberfläche&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="100"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="102"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="104"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="106"/>
        <source>P&amp;seudonymise users and services</source>
        <translation>Benutzer und Services p&amp;seudonymisieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="108"/>
        <source>Show each user and service as a stable pseudonym instead of its name</source>
        <translation>Jeden Benutzer und Service unter einem gleichbleibenden Pseudonym statt seines Namens zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="112"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="114"/>
        <source>Write the risk-surface report of this period as a PDF</source>
        <translation>Den Risikooberflächen-Bericht dieses Zeitraums als PDF schreiben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="143"/>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="152"/>
        <source>Interactions per day</source>
        <translation>Interaktionen pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="154"/>
        <source>Hits per 1,000 interactions, by day</source>
        <translation>Treffer je 1.000 Interaktionen, nach Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="157"/>
        <source>Hits per 1,000 interactions, by data class</source>
        <translation>Treffer je 1.000 Interaktionen, nach Datenklasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="158"/>
        <source>No detector hits in this period.</source>
        <translation>Keine Detektortreffer in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="160"/>
        <source>Distinct values sent, by value class</source>
        <translation>Gesendete verschiedene Werte, nach Werteklasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="161"/>
        <source>No fingerprinted values in this period.</source>
        <translation>Keine Werte mit Fingerabdruck in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="163"/>
        <source>Top users by distinct values</source>
        <translation>Benutzer mit den meisten verschiedenen Werten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="164"/>
        <source>No user sent a fingerprinted value.</source>
        <translation>Kein Benutzer hat einen Wert mit Fingerabdruck gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="166"/>
        <source>Top services by distinct values</source>
        <translation>Services mit den meisten verschiedenen Werten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="168"/>
        <source>No service sent a fingerprinted value.</source>
        <translation>Kein Service hat einen Wert mit Fingerabdruck gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="170"/>
        <source>Data classes passed on, by provider and model</source>
        <translation>Weitergegebene Datenklassen, nach Anbieter und Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="172"/>
        <source>No provider received a detected data class.</source>
        <translation>Kein Anbieter hat eine erkannte Datenklasse erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="174"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="177"/>
        <source>What monitor-mode rules would have done</source>
        <translation>Was Regeln im Beobachtungsmodus getan hätten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="179"/>
        <source>No monitor-mode rule fired in this period.</source>
        <translation>Keine Regel im Beobachtungsmodus hat in diesem Zeitraum gegriffen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="190"/>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="191"/>
        <source>No open alerts.</source>
        <translation>Keine offenen Warnungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="202"/>
        <source>Loading the last %n day(s)…</source>
        <translation>
            <numerusform>Lade den letzten %n Tag…</numerusform>
            <numerusform>Lade die letzten %n Tage…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="237"/>
        <source>%1 to %2: %n interaction(s), %3 open alert(s)</source>
        <translation>
            <numerusform>%1 bis %2: %n Interaktion, offene Warnungen: %3</numerusform>
            <numerusform>%1 bis %2: %n Interaktionen, offene Warnungen: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="246"/>
        <source>The risk surface cannot be read: %1</source>
        <translation>Die Risikooberfläche kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="293"/>
        <source>not listening: %1</source>
        <translation>lauscht nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="294"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="295"/>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="302"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="320"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="341"/>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="306"/>
        <source>none published: the gateway refuses every request</source>
        <translation>keine veröffentlicht: Das Gateway lehnt jede Anfrage ab</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="310"/>
        <source>%1 (%2), version %3, published by %4 on %5: “%6”</source>
        <translation>%1 (%2), Version %3, veröffentlicht von %4 am %5: „%6“</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="326"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="328"/>
        <source>no interactions</source>
        <translation>keine Interaktionen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="329"/>
        <source>%n interaction(s): %1</source>
        <translation>
            <numerusform>%n Interaktion: %1</numerusform>
            <numerusform>%n Interaktionen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="333"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="334"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="353"/>
        <source>%1 pending, %2 waiting for you</source>
        <translation>%1 offen, davon %2 für Sie</translation>
    </message>
</context>
<context>
    <name>custos::DecisionFeedModel</name>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="229"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="231"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="233"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="235"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="237"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="239"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="241"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="243"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
</context>
<context>
    <name>custos::DecisionFeedView</name>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="96"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="98"/>
        <source>The decision, rules, hits, policy version, exception and chain position, as custosctl explain shows them</source>
        <translation>Entscheidung, Regeln, Treffer, Richtlinienversion, Ausnahme und Kettenposition, wie custosctl explain sie zeigt</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="138"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="142"/>
        <source>No decisions to show. Point an SDK at the gateway&apos;s address (see the header) and each request it decides appears here; if a filter is set, loosen it.</source>
        <translation>Keine Entscheidungen anzuzeigen. Richten Sie ein SDK auf die Adresse des Gateways (siehe Kopfzeile); jede Anfrage, über die es entscheidet, erscheint hier. Ist ein Filter gesetzt, lockern Sie ihn.</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="215"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="215"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="218"/>
        <source>Show the decisions queued while paused and follow new ones</source>
        <translation>Die während der Pause eingereihten Entscheidungen zeigen und neuen folgen</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="219"/>
        <source>Stop inserting new decisions; they are kept and shown on resume</source>
        <translation>Keine neuen Entscheidungen mehr einfügen; sie bleiben erhalten und erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="225"/>
        <source>%1 of %2 decisions</source>
        <translation>%1 von %2 Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="228"/>
        <source> · %1 waiting</source>
        <translation> · %1 wartend</translation>
    </message>
</context>
<context>
    <name>custos::DecisionModel</name>
    <message>
        <location filename="../ui/dashboard/DecisionModel.cpp" line="17"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DecisionModel.cpp" line="17"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
</context>
<context>
    <name>custos::DeveloperKeysPage</name>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="44"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="45"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="30"/>
        <source>Issued key</source>
        <translation>Ausgestellter Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="31"/>
        <source>Developer keys</source>
        <translation>Entwicklerschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="32"/>
        <source>A new key appears here once; only its hash is kept.</source>
        <translation>Ein neuer Schlüssel erscheint hier ein einziges Mal; gespeichert wird nur sein Hash.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="33"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="36"/>
        <source>No developer keys yet. Fill in the user and service below and press Issue key; the SDKs send the key to the gateway.</source>
        <translation>Noch keine Entwicklerschlüssel. Geben Sie unten Benutzer und Dienst an und klicken Sie auf „Schlüssel ausstellen“; die SDKs senden den Schlüssel an das Gateway.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="38"/>
        <source>Issue key</source>
        <translation>Schlüssel ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="39"/>
        <source>Revoke selected</source>
        <translation>Ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="46"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="66"/>
        <source>The keys could not be read: %1</source>
        <translation>Die Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="72"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="72"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="81"/>
        <source>A key belongs to one user and one service: fill in both.</source>
        <translation>Ein Schlüssel gehört zu genau einem Benutzer und einem Service: Füllen Sie beides aus.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="86"/>
        <source>No key was issued: %1</source>
        <translation>Es wurde kein Schlüssel ausgestellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="91"/>
        <source>Copy the key now: Custos keeps only its hash and cannot show it again.</source>
        <translation>Kopieren Sie den Schlüssel jetzt: Custos speichert nur seinen Hash und kann ihn nicht erneut anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="98"/>
        <source>Select the key to revoke.</source>
        <translation>Wählen Sie den zu widerrufenden Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="102"/>
        <source>Key %1 was not revoked: %2</source>
        <translation>Schlüssel %1 wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="105"/>
        <source>Key %1 revoked; the gateway refuses it from now on.</source>
        <translation>Schlüssel %1 widerrufen; das Gateway lehnt ihn ab sofort ab.</translation>
    </message>
</context>
<context>
    <name>custos::DistinctValuesModel</name>
    <message>
        <location filename="../ui/dashboard/DistinctValuesModel.cpp" line="12"/>
        <source>Value class</source>
        <translation>Werteklasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DistinctValuesModel.cpp" line="12"/>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
</context>
<context>
    <name>custos::EvidenceBrowser</name>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="18"/>
        <source>Export audit pack…</source>
        <translation>Prüfpaket exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="25"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="26"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="27"/>
        <source>Legal holds</source>
        <translation>Legal Holds</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="30"/>
        <source>A signed PDF and CSV pack of a period, which an auditor verifies without Custos</source>
        <translation>Ein signiertes Paket aus PDF und CSV für einen Zeitraum, das Prüfer ohne Custos verifizieren</translation>
    </message>
</context>
<context>
    <name>custos::EvidenceEventsPage</name>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="42"/>
        <source>Words in prompts and responses</source>
        <translation>Wörter in Prompts und Antworten</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="43"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="44"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="45"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="46"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="47"/>
        <source>Exception id</source>
        <translation>Ausnahme-ID</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="50"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="54"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="68"/>
        <source>Evidence events</source>
        <translation>Nachweisereignisse</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="71"/>
        <source>No events match. Change or clear the filters and press Search.</source>
        <translation>Keine passenden Ereignisse. Ändern oder leeren Sie die Filter und klicken Sie auf „Suchen“.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="80"/>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="82"/>
        <source>Select an event to see it in full, with its chain hashes.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig mit seinen Ketten-Hashes zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="89"/>
        <source>Newer</source>
        <translation>Neuere</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="91"/>
        <source>Older</source>
        <translation>Ältere</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="95"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="97"/>
        <source>The interaction&apos;s decision, rules, hits, policy version, exception and chain position, as custosctl explain shows them</source>
        <translation>Entscheidung, Regeln, Treffer, Richtlinienversion, Ausnahme und Kettenposition der Interaktion, wie custosctl explain sie zeigt</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="180"/>
        <source>The ledger could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="185"/>
        <source>No events match.</source>
        <translation>Keine passenden Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="186"/>
        <source>Page %1: %n event(s), newest first</source>
        <translation>
            <numerusform>Seite %1: %n Ereignis, neueste zuerst</numerusform>
            <numerusform>Seite %1: %n Ereignisse, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::EvidenceTableModel</name>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="45"/>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="78"/>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="78"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>custos::ExceptionFunnelModel</name>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="10"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="10"/>
        <source>Exception requests</source>
        <translation>Ausnahmeanträge</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="10"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="11"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="12"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="13"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="14"/>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
</context>
<context>
    <name>custos::ExceptionInbox</name>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="49"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <source>Asked for</source>
        <translation>Beantragt für</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="62"/>
        <source>Blocked interaction</source>
        <translation>Blockierte Interaktion</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="62"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="66"/>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="66"/>
        <location filename="../ui/session/ExceptionInbox.cpp" line="95"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="68"/>
        <source>Pending requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="69"/>
        <source>Request history</source>
        <translation>Antragsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="71"/>
        <source>No exceptions waiting. Requests a rule blocks with require_exception appear here.</source>
        <translation>Keine Ausnahmen offen. Anträge zu Anfragen, die eine Regel mit require_exception sperrt, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="73"/>
        <source>No requests decided yet. Approved, rejected and expired requests are listed here.</source>
        <translation>Noch keine Anträge entschieden. Genehmigte, abgelehnte und abgelaufene Anträge werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="79"/>
        <source>as asked</source>
        <translation>wie beantragt</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="80"/>
        <source>Single use</source>
        <translation>Einmalige Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="84"/>
        <source>Why (required to reject)</source>
        <translation>Warum (für eine Ablehnung nötig)</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="85"/>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="87"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="93"/>
        <source>Shorter expiry (hours)</source>
        <translation>Kürzere Gültigkeit (Stunden)</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="105"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="106"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="125"/>
        <source>The exception requests could not be read: %1</source>
        <translation>Die Ausnahmeanträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/ExceptionInbox.cpp" line="172"/>
        <source>%n exception request(s) await your decision.</source>
        <translation>
            <numerusform>%n Ausnahmeantrag wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Ausnahmeanträge warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="190"/>
        <source>Deciding needs your password, and no prompt is available.</source>
        <translation>Für die Entscheidung ist Ihr Passwort nötig, aber es steht keine Abfrage zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="195"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="204"/>
        <source>Select the request to approve.</source>
        <translation>Wählen Sie den zu genehmigenden Antrag.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="207"/>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="218"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 wurde nicht genehmigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="222"/>
        <source>%1 approved until %2; the gateway honours it from the next request.</source>
        <translation>%1 genehmigt bis %2; das Gateway berücksichtigt die Ausnahme ab der nächsten Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="233"/>
        <source>Select the request and give a reason to reject it.</source>
        <translation>Wählen Sie den Antrag und geben Sie eine Begründung für die Ablehnung an.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="236"/>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="244"/>
        <source>%1 was not rejected: %2</source>
        <translation>%1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="249"/>
        <source>%1 rejected.</source>
        <translation>%1 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>custos::ExplainDialog</name>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="24"/>
        <source>The event cannot be read: %1</source>
        <translation>Das Ereignis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="26"/>
        <source>The ledger holds no event %1.</source>
        <translation>Das Journal enthält kein Ereignis %1.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="29"/>
        <source>Event %1 cannot be explained: %2</source>
        <translation>Ereignis %1 kann nicht erklärt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="42"/>
        <source>Explain ledger event %1</source>
        <translation>Journalereignis %1 erklären</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="47"/>
        <source>Explaining… (verifying the chain up to this event)</source>
        <translation>Wird erklärt… (die Kette wird bis zu diesem Ereignis geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="49"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>custos::FeedDetailPane</name>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="18"/>
        <source>Decision detail</source>
        <translation>Einzelheiten der Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="42"/>
        <source>Select a decision to see its details.</source>
        <translation>Wählen Sie eine Entscheidung, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="48"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="49"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="50"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="51"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="52"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="53"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="55"/>
        <source>Rules fired</source>
        <translation>Ausgelöste Regeln</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="55"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="56"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="56"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="57"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="58"/>
        <source>Ledger sequence</source>
        <translation>Position im Journal</translation>
    </message>
</context>
<context>
    <name>custos::FeedFilterBar</name>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="26"/>
        <source>Show only this decision</source>
        <translation>Nur diese Entscheidung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="30"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="31"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="32"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="33"/>
        <source>Search all columns</source>
        <translation>Alle Spalten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="72"/>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
</context>
<context>
    <name>custos::FirstRunWizard</name>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="43"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="63"/>
        <source>Set up Custos</source>
        <translation>Custos einrichten</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="70"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="71"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="72"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="94"/>
        <source>Store</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="95"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="96"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="97"/>
        <source>The evidence store</source>
        <translation>Der Nachweisspeicher</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="98"/>
        <source>Every prompt, response and decision is kept here, encrypted with this passphrase. It cannot be recovered: keep it somewhere safe.</source>
        <translation>Hier liegen alle Prompts, Antworten und Entscheidungen, mit dieser Passphrase verschlüsselt. Sie ist nicht wiederherstellbar: gut aufbewahren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="110"/>
        <source>Admin name</source>
        <translation>Name des Administrators</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="111"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="112"/>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="113"/>
        <source>The first administrator</source>
        <translation>Der erste Administrator</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="114"/>
        <source>This account manages users, routes and keys; it is also risk officer and approver until you add others.</source>
        <translation>Dieses Konto verwaltet Benutzer, Routen und Schlüssel; bis Sie weitere anlegen, ist es auch Risikoverantwortlicher und Genehmigender.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="134"/>
        <source>Service to govern</source>
        <translation>Zu steuernder Service</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="135"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="136"/>
        <source>Provider base URL</source>
        <translation>Basis-URL des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="137"/>
        <source>Provider key</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="138"/>
        <source>The service and its provider</source>
        <translation>Der Service und sein Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="139"/>
        <source>Custos keeps the provider key in the encrypted store; developers never hold it. The starter policy is published when you continue.</source>
        <translation>Custos bewahrt den Anbieterschlüssel im verschlüsselten Speicher auf; Entwickler erhalten ihn nie. Die Startrichtlinie wird veröffentlicht, wenn Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="153"/>
        <source>Send a test request</source>
        <translation>Testanfrage senden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="158"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="159"/>
        <source>Developer key</source>
        <translation>Entwicklerschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="161"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="162"/>
        <source>Connect your application</source>
        <translation>Anwendung verbinden</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="163"/>
        <source>Point the OpenAI or Anthropic client at the base URL and use the key as its API key. The key is shown only now.</source>
        <translation>Richten Sie den OpenAI- oder Anthropic-Client auf die Basis-URL und verwenden Sie den Schlüssel als API-Schlüssel. Der Schlüssel wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="180"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Verwenden Sie eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="182"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="186"/>
        <source>Name the admin and give a password of at least 8 characters.</source>
        <translation>Nennen Sie den Administrator und vergeben Sie ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="188"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="200"/>
        <source>Name the service Custos governs (e.g. chatbot).</source>
        <translation>Nennen Sie den Service, den Custos steuert (z. B. chatbot).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="207"/>
        <source>The provider is not usable: %1</source>
        <translation>Der Anbieter ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="231"/>
        <source>The gateway could not listen on %1: %2. Change the address in Settings.</source>
        <translation>Das Gateway konnte nicht auf %1 lauschen: %2. Ändern Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="249"/>
        <source>The gateway is not running.</source>
        <translation>Das Gateway läuft nicht.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="258"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="259"/>
        <source>HTTP %1, decision: %2</source>
        <translation>HTTP %1, Entscheidung: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="260"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>custos::GatewaySettingsPage</name>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="24"/>
        <source>Allow an address other than loopback (other machines could reach the gateway)</source>
        <translation>Eine andere Adresse als Loopback erlauben (andere Rechner könnten das Gateway erreichen)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="28"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="31"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="36"/>
        <source>Every signed checkpoint is also appended to this file outside the store, so verification catches deleted checkpoints and a store rolled back. Start Custos with CUSTOS_WITNESS=FILE to keep it elsewhere, for example on a mounted share.</source>
        <translation>Jeder signierte Checkpoint wird zusätzlich an diese Datei außerhalb des Speichers angehängt, damit die Prüfung gelöschte Checkpoints und einen zurückgesetzten Speicher erkennt. Starten Sie Custos mit CUSTOS_WITNESS=DATEI, um sie anderswo abzulegen, etwa auf einer eingebundenen Freigabe.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="41"/>
        <source>Listening on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="42"/>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="45"/>
        <source>Checkpoint witness</source>
        <translation>Checkpoint-Zeuge</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="55"/>
        <source>none: checkpoints are kept in the store only</source>
        <translation>keiner: Checkpoints liegen nur im Speicher</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="67"/>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="70"/>
        <source>Clients use %1/v1 as their base URL.</source>
        <translation>Clients verwenden %1/v1 als Basis-URL.</translation>
    </message>
</context>
<context>
    <name>custos::IntegrityPage</name>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="21"/>
        <source>Every event is chained to the one before it by SHA-256 over all its fields, and signed checkpoints, also kept in a witness file outside the store, vouch for the chain&apos;s length. Verification recomputes every hash, checks every signature against the store and the witness, that every dropped payload has its retention event, every query-table row against the chain, and every page of the file. It names the first damage, then every finding (the event&apos;s seq, or the page and the table or index it belongs to).</source>
        <translation>Jedes Ereignis ist mit dem vorigen über SHA-256 aller seiner Felder verkettet, und signierte Checkpoints, die auch in einer Zeugendatei außerhalb des Speichers liegen, bürgen für die Länge der Kette. Die Prüfung berechnet jeden Hash neu, prüft jede Signatur gegen den Speicher und den Zeugen, dass jede gelöschte Nutzlast ihr Aufbewahrungsereignis hat, jede Zeile der Abfragetabellen gegen die Kette und jede Seite der Datei. Sie nennt den ersten Schaden, dann jeden Befund (die Position des Ereignisses oder die Seite mit der Tabelle oder dem Index, zu dem sie gehört).</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="29"/>
        <source>Verify the chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="44"/>
        <source>Integrity findings</source>
        <translation>Integritätsbefunde</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="70"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="103"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="104"/>
        <source>seq %1</source>
        <translation>Position %1</translation>
    </message>
</context>
<context>
    <name>custos::LegalHoldsPage</name>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="21"/>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="23"/>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="25"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="52"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="53"/>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="54"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <source>Placed by</source>
        <translation>Angeordnet von</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="44"/>
        <source>The case id, service or user the hold covers</source>
        <translation>Die Fall-ID, der Service oder der Benutzer, den der Legal Hold umfasst</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="47"/>
        <source>Why, e.g. the matter or request it serves</source>
        <translation>Warum, z. B. das Verfahren oder die Anfrage, dem er dient</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="48"/>
        <source>Legal holds</source>
        <translation>Legal Holds</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="49"/>
        <source>No legal holds. Place one below to keep the events it covers past their retention.</source>
        <translation>Keine Legal Holds. Ordnen Sie unten einen an, um die erfassten Ereignisse über ihre Aufbewahrungsfrist hinaus zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="50"/>
        <source>Place hold</source>
        <translation>Legal Hold anordnen</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="51"/>
        <source>Release selected</source>
        <translation>Ausgewählten Legal Hold aufheben</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="81"/>
        <source>The holds could not be read: %1</source>
        <translation>Die Legal Holds konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="88"/>
        <source>active since %1</source>
        <translation>aktiv seit %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="89"/>
        <source>released by %1</source>
        <translation>aufgehoben von %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="102"/>
        <source>Say what the hold covers and why.</source>
        <translation>Geben Sie an, was der Legal Hold umfasst und warum.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="108"/>
        <source>The hold was not placed: %1</source>
        <translation>Der Legal Hold wurde nicht angeordnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="111"/>
        <source>Hold %1 placed; retention and erasure now keep these events.</source>
        <translation>Legal Hold %1 angeordnet; Aufbewahrung und Löschung verschonen diese Ereignisse nun.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="120"/>
        <source>Select the hold to release.</source>
        <translation>Wählen Sie den aufzuhebenden Legal Hold.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="125"/>
        <source>Hold %1 was not released: %2</source>
        <translation>Legal Hold %1 wurde nicht aufgehoben: %2</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="128"/>
        <source>Hold %1 released.</source>
        <translation>Legal Hold %1 aufgehoben.</translation>
    </message>
</context>
<context>
    <name>custos::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Decisions, exceptions and evidence at a glance.</source>
        <translation>Entscheidungen, Ausnahmen und Nachweise auf einen Blick.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Live feed</source>
        <translation>Live-Feed</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Every decision of the gateway as it happens.</source>
        <translation>Jede Entscheidung des Gateways, sobald sie fällt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Author, test and publish the rules.</source>
        <translation>Regeln verfassen, testen und veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Requests awaiting a named approver.</source>
        <translation>Anträge, die auf einen benannten Genehmigenden warten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>What the watchers saw build up over days.</source>
        <translation>Was die Wächter sich über Tage aufbauen sahen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>The encrypted, hash-chained ledger.</source>
        <translation>Das verschlüsselte, per Hash verkettete Journal.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Routes, keys, users and the gateway.</source>
        <translation>Routen, Schlüssel, Benutzer und das Gateway.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
</context>
<context>
    <name>custos::OpenAlertModel</name>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Value class</source>
        <translation>Werteklasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Watcher</source>
        <translation>Wächter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
</context>
<context>
    <name>custos::PolicyPlayground</name>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="55"/>
        <source>Paste a prompt here, or pick a recent interaction above.</source>
        <translation>Fügen Sie hier einen Prompt ein oder wählen Sie oben eine frühere Interaktion.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="59"/>
        <source>Detector hits</source>
        <translation>Detektortreffer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="60"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="62"/>
        <source>No detector hits. Type or paste a prompt above; what the detectors find in it is listed here.</source>
        <translation>Keine Detektortreffer. Geben Sie oben einen Prompt ein oder fügen Sie ihn ein; was die Detektoren darin finden, wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="93"/>
        <source>Past interaction</source>
        <translation>Frühere Interaktion</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="105"/>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="106"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="107"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="108"/>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="110"/>
        <source>As if sent by</source>
        <translation>Als gesendet von</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="123"/>
        <source>— none: judge the text below —</source>
        <translation>— keine: den Text unten beurteilen —</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="133"/>
        <source>#%1 · %2 · %3 · %4 · %5</source>
        <translation>#%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="158"/>
        <source>Interaction #%1 cannot be read: %2</source>
        <translation>Interaktion #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="165"/>
        <source>Interaction #%1 has no request to replay (erased, or refused before it was read).</source>
        <translation>Interaktion #%1 hat keine Anfrage zum Wiederholen (gelöscht oder abgewiesen, bevor sie gelesen wurde).</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="225"/>
        <source>The draft is not a valid policy yet; fix it to try it here.</source>
        <translation>Der Entwurf ist noch keine gültige Richtlinie; korrigieren Sie ihn, um ihn hier auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="229"/>
        <source>Type or paste a prompt to see what the draft decides.</source>
        <translation>Geben Sie einen Prompt ein oder fügen Sie ihn ein, um zu sehen, was der Entwurf entscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="234"/>
        <source>%1 (monitor only)</source>
        <translation>%1 (nur beobachten)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="235"/>
        <source>Decision: %1. Rules that fire: %2.</source>
        <translation>Entscheidung: %1. Auslösende Regeln: %2.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="237"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>custos::PolicyRuleListModel</name>
    <message>
        <location filename="../ui/policyeditor/PolicyRuleListModel.cpp" line="36"/>
        <location filename="../ui/policyeditor/PolicyRuleListModel.cpp" line="41"/>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyRuleListModel.cpp" line="38"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyRuleListModel.cpp" line="40"/>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
</context>
<context>
    <name>custos::PolicySourceEditor</name>
    <message>
        <location filename="../ui/policyeditor/PolicySourceEditor.cpp" line="62"/>
        <source>Policy source (YAML)</source>
        <translation>Richtlinienquelle (YAML)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicySourceEditor.cpp" line="78"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>custos::PolicyWorkbench</name>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="53"/>
        <source>Rules and source</source>
        <translation>Regeln und Quelltext</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="54"/>
        <source>Playground</source>
        <translation>Testfeld</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="55"/>
        <source>Replay</source>
        <translation>Nachprüfung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="56"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="89"/>
        <source>Revert to the active version</source>
        <translation>Auf die aktive Version zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="92"/>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="176"/>
        <source>The draft is not a valid policy; the problems are listed under the source.</source>
        <translation>Der Entwurf ist keine gültige Richtlinie; die Probleme stehen unter dem Quelltext.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="178"/>
        <source>The draft is the active version %1.</source>
        <translation>Der Entwurf ist die aktive Version %1.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="181"/>
        <source>The draft differs from the active version. Only a risk officer can publish it.</source>
        <translation>Der Entwurf weicht von der aktiven Version ab. Nur Risikoverantwortliche können ihn veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="183"/>
        <source>The draft differs from the active version %1 and is ready to publish.</source>
        <translation>Der Entwurf weicht von der aktiven Version %1 ab und kann veröffentlicht werden.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="184"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="195"/>
        <source>Only the text changed.</source>
        <translation>Nur der Text hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="202"/>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="207"/>
        <source>Published version %1; the gateway enforces it now.</source>
        <translation>Version %1 veröffentlicht; das Gateway setzt sie jetzt durch.</translation>
    </message>
</context>
<context>
    <name>custos::PublishDialog</name>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="19"/>
        <source>Publish policy</source>
        <translation>Richtlinie veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="23"/>
        <source>Why this change? The comment is kept in the ledger with the version.</source>
        <translation>Warum diese Änderung? Der Kommentar wird mit der Version im Journal aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="26"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="29"/>
        <source>The gateway enforces the new version as soon as it is published.</source>
        <translation>Das Gateway setzt die neue Version durch, sobald sie veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="30"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="31"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="32"/>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
</context>
<context>
    <name>custos::RecipientModel</name>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="16"/>
        <source>no route</source>
        <translation>keine Route</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="17"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="28"/>
        <source>Provider · model</source>
        <translation>Anbieter · Modell</translation>
    </message>
</context>
<context>
    <name>custos::ReplayChangeModel</name>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="76"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="76"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="77"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="77"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="78"/>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="78"/>
        <source>Would be</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="79"/>
        <source>Draft rules</source>
        <translation>Entwurfsregeln</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="79"/>
        <source>Passed under exception</source>
        <translation>Per Ausnahme durchgelassen</translation>
    </message>
</context>
<context>
    <name>custos::ReplayPage</name>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="33"/>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="151"/>
        <source>Replay</source>
        <translation>Nachprüfen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="39"/>
        <source>Days to replay</source>
        <translation>Nachzuprüfende Tage</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="41"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="47"/>
        <source>Replays the draft against recorded interactions and lists every decision it would change.</source>
        <translation>Prüft den Entwurf an aufgezeichneten Interaktionen nach und listet jede Entscheidung auf, die er ändern würde.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="49"/>
        <source>Changed decisions</source>
        <translation>Geänderte Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="52"/>
        <source>No changed decisions to show. Press Replay: every recorded interaction the draft would decide differently is listed here.</source>
        <translation>Keine geänderten Entscheidungen anzuzeigen. Klicken Sie auf „Nachprüfen“: Jede aufgezeichnete Interaktion, die der Entwurf anders entscheiden würde, wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="60"/>
        <source>Replay the draft against the last</source>
        <translation>Entwurf nachprüfen an den letzten</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="104"/>
        <source>The draft must be a valid policy to replay it.</source>
        <translation>Der Entwurf muss eine gültige Richtlinie sein, um ihn nachzuprüfen.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="117"/>
        <source>Cancelled after %1 interactions; %2 decisions would change so far.</source>
        <translation>Abgebrochen. Geprüfte Interaktionen: %1; bisher geänderte Entscheidungen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="130"/>
        <source>The replay stopped: %1</source>
        <translation>Die Nachprüfung wurde beendet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="134"/>
        <source>%n interaction(s) examined…</source>
        <translation>
            <numerusform>%n Interaktion geprüft…</numerusform>
            <numerusform>%n Interaktionen geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="142"/>
        <source>%n could not be replayed (payload erased, or no request recorded).</source>
        <translation>
            <numerusform>%n ließ sich nicht nachprüfen (Nutzdaten gelöscht oder keine Anfrage aufgezeichnet).</numerusform>
            <numerusform>%n ließen sich nicht nachprüfen (Nutzdaten gelöscht oder keine Anfrage aufgezeichnet).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="137"/>
        <source>%1 interactions in the last %2 days; the draft would change %3 decisions.</source>
        <translation>Interaktionen der letzten %2 Tage: %1; der Entwurf würde %3 Entscheidungen ändern.</translation>
    </message>
</context>
<context>
    <name>custos::RetentionSettingsPage</name>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="22"/>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="23"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="34"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="34"/>
        <source>Kept for</source>
        <translation>Aufbewahrt für</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="38"/>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="39"/>
        <source>No retention rules: every event is kept. Add a retention section to the policy and publish it to drop old events.</source>
        <translation>Keine Aufbewahrungsregeln: Jedes Ereignis wird behalten. Ergänzen Sie die Richtlinie um einen retention-Abschnitt und veröffentlichen Sie sie, um alte Ereignisse zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="41"/>
        <source>Apply retention now</source>
        <translation>Aufbewahrung jetzt anwenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="67"/>
        <source>No policy version is published, so nothing states a retention period.</source>
        <translation>Es ist keine Richtlinienversion veröffentlicht, also legt nichts eine Aufbewahrungsfrist fest.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="68"/>
        <source>The policy could not be read: %1</source>
        <translation>Die Richtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="83"/>
        <source>Every event (default)</source>
        <translation>Jedes Ereignis (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="85"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="87"/>
        <source>Data class %1</source>
        <translation>Datenklasse %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="88"/>
        <source>From policy version %1.</source>
        <translation>Aus Richtlinienversion %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="96"/>
        <source>No policy version is published, so there is no retention to apply.</source>
        <translation>Es ist keine Richtlinienversion veröffentlicht, also gibt es keine Aufbewahrung anzuwenden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="107"/>
        <source>Retention was not applied: %1</source>
        <translation>Die Aufbewahrung wurde nicht angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="110"/>
        <source>%n payload(s) past their period were dropped (digests kept); </source>
        <translation>
            <numerusform>%n Nutzdatensatz nach Ablauf der Frist verworfen (Hashes bleiben); </numerusform>
            <numerusform>%n Nutzdatensätze nach Ablauf der Frist verworfen (Hashes bleiben); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="112"/>
        <source>%n kept by legal holds.</source>
        <translation>
            <numerusform>%n durch Legal Holds bewahrt.</numerusform>
            <numerusform>%n durch Legal Holds bewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::RiskReportExportDialog</name>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="32"/>
        <source>Export the risk-surface report</source>
        <translation>Risikooberflächen-Bericht exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="33"/>
        <source>The risk-surface report of the last %n day(s) as a PDF. The export is recorded in the ledger with your name.</source>
        <translation>
            <numerusform>Der Risikooberflächen-Bericht des letzten %n Tages als PDF. Der Export wird mit Ihrem Namen im Journal festgehalten.</numerusform>
            <numerusform>Der Risikooberflächen-Bericht der letzten %n Tage als PDF. Der Export wird mit Ihrem Namen im Journal festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="39"/>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="48"/>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="49"/>
        <source>P&amp;seudonymise users and services</source>
        <translation>Benutzer und Services p&amp;seudonymisieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="53"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="54"/>
        <source>Exported by:</source>
        <translation>Exportiert von:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="55"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="62"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="101"/>
        <source>Save the risk-surface report</source>
        <translation>Risikooberflächen-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="102"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="123"/>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="129"/>
        <source>No report was written: %1</source>
        <translation>Es wurde kein Bericht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="130"/>
        <source>Written: %1 (%n interaction(s)), SHA-256 %2</source>
        <translation>
            <numerusform>Geschrieben: %1 (%n Interaktion), SHA-256 %2</numerusform>
            <numerusform>Geschrieben: %1 (%n Interaktionen), SHA-256 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::RiskSurfaceLoader</name>
    <message>
        <location filename="../ui/dashboard/RiskSurfaceLoader.cpp" line="36"/>
        <source>no evidence store is open</source>
        <translation>kein Beweisspeicher ist geöffnet</translation>
    </message>
</context>
<context>
    <name>custos::RoutesSettingsPage</name>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="18"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="18"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="43"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="18"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="44"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="18"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="45"/>
        <source>Provider key</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="24"/>
        <source>e.g. upstream (the name policies use)</source>
        <translation>z. B. upstream (der Name, den Richtlinien verwenden)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="28"/>
        <source>openai covers any OpenAI-compatible server: OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp</source>
        <translation>openai umfasst jeden OpenAI-kompatiblen Server: OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="36"/>
        <source>Provider key (stored encrypted; leave empty to keep the current one)</source>
        <translation>Anbieterschlüssel (verschlüsselt gespeichert; leer lassen, um den aktuellen zu behalten)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="37"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="38"/>
        <source>No routes yet. Enter a name, kind and base URL below and press Save route; the gateway forwards allowed requests to it.</source>
        <translation>Noch keine Routen. Geben Sie unten Name, Art und Basis-URL ein und klicken Sie auf „Route speichern“; das Gateway leitet erlaubte Anfragen dorthin weiter.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="40"/>
        <source>Save route</source>
        <translation>Route speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="41"/>
        <source>Remove selected</source>
        <translation>Ausgewählte Route entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="65"/>
        <source>The routes could not be read: %1</source>
        <translation>Die Routen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="71"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="71"/>
        <source>set (hidden)</source>
        <translation>gesetzt (verborgen)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="90"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="105"/>
        <source>The route was not saved: %1</source>
        <translation>Die Route wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="111"/>
        <source>Route %1 saved without a provider key; requests to it go unauthenticated.</source>
        <translation>Route %1 ohne Anbieterschlüssel gespeichert; Anfragen darüber gehen ohne Authentifizierung hinaus.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="113"/>
        <source>Route %1 saved. The gateway uses it from the next request.</source>
        <translation>Route %1 gespeichert. Das Gateway verwendet sie ab der nächsten Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="120"/>
        <source>Select the route to remove.</source>
        <translation>Wählen Sie die zu entfernende Route.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="124"/>
        <source>Route %1 was not removed: %2</source>
        <translation>Route %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="127"/>
        <source>Route %1 removed.</source>
        <translation>Route %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>custos::RuleForm</name>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="21"/>
        <source>(policy default)</source>
        <translation>(wie Richtlinie)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="72"/>
        <source>Rule id</source>
        <translation>Regel-ID</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="72"/>
        <source>e.g. block-secrets</source>
        <translation>z. B. block-secrets</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="73"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="73"/>
        <source>Why the rule exists</source>
        <translation>Warum es die Regel gibt</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="74"/>
        <source>Checks</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="80"/>
        <source>&lt;b&gt;Applies to&lt;/b&gt; (empty: everyone; a trailing * matches a prefix)</source>
        <translation>&lt;b&gt;Gilt für&lt;/b&gt; (leer: alle; * am Ende: Präfix)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="81"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="81"/>
        <source>any service</source>
        <translation>jeder Service</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="82"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="82"/>
        <source>any user</source>
        <translation>jeder Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="83"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="83"/>
        <source>any group</source>
        <translation>jede Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="84"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="84"/>
        <source>any model</source>
        <translation>jedes Modell</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="85"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="85"/>
        <source>any route</source>
        <translation>jede Route</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="90"/>
        <source>&lt;b&gt;Fires when&lt;/b&gt; (no classes or detectors: on every message)</source>
        <translation>&lt;b&gt;Greift&lt;/b&gt; (ohne Klassen und Detektoren: immer)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="91"/>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="91"/>
        <source>e.g. PII, SECRET</source>
        <translation>z. B. PII, SECRET</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="93"/>
        <source>Detectors</source>
        <translation>Detektoren</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="93"/>
        <source>e.g. aws_access_key_id, iban</source>
        <translation>z. B. aws_access_key_id, iban</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="96"/>
        <source>Not detected: personal names and postal addresses. The built-in detectors match formats (cards, IBANs, phone numbers, e-mail, national ids, credentials); names and addresses have none.</source>
        <translation>Nicht erkannt: Personennamen und Postanschriften. Die eingebauten Detektoren erkennen Formate (Karten, IBANs, Telefonnummern, E-Mail, nationale Kennungen, Zugangsdaten); für Namen und Anschriften gibt es keine.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="102"/>
        <source>At least this many hits</source>
        <translation>Mindestanzahl Treffer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="108"/>
        <source>&lt;b&gt;Then&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dann&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="113"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="115"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="118"/>
        <source>What the caller is told when this rule stops a request</source>
        <translation>Was der Aufrufer erfährt, wenn diese Regel eine Anfrage stoppt</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="120"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="123"/>
        <source>Redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="125"/>
        <source>Reroute to</source>
        <translation>Umleiten an</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="128"/>
        <source>If checking fails</source>
        <translation>Bei Prüffehler</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="134"/>
        <source>Approvers</source>
        <translation>Genehmigende</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="134"/>
        <source>names, or group:NAME</source>
        <translation>Namen oder group:NAME</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="136"/>
        <source>Exception lasts (hours)</source>
        <translation>Ausnahme gilt (Stunden)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="138"/>
        <source>At most (hours)</source>
        <translation>Höchstens (Stunden)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="148"/>
        <source>Built-in detectors by data class:</source>
        <translation>Eingebaute Detektoren nach Datenklasse:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="153"/>
        <source>Not covered: personal names and postal addresses.</source>
        <translation>Nicht abgedeckt: Personennamen und Postanschriften.</translation>
    </message>
</context>
<context>
    <name>custos::SettingsPanel</name>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="30"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="31"/>
        <source>Routes and provider keys</source>
        <translation>Routen und Anbieterschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="32"/>
        <source>Developer keys</source>
        <translation>Entwicklerschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="33"/>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="34"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>custos::SignInDialog</name>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="20"/>
        <source>Unlock Custos</source>
        <translation>Custos entsperren</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="20"/>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="35"/>
        <location filename="../ui/session/SignInDialog.cpp" line="36"/>
        <source>Evidence store</source>
        <translation>Nachweisspeicher</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="39"/>
        <source>Where the store was found</source>
        <translation>Wo der Speicher gefunden wurde</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="45"/>
        <source>Store passphrase</source>
        <translation>Passphrase des Speichers</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="48"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="49"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="52"/>
        <source>Unlock and sign in</source>
        <translation>Entsperren und anmelden</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="52"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>custos::SurfaceBarChart</name>
    <message>
        <location filename="../ui/dashboard/SurfaceBarChart.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>custos::SurfaceDayChart</name>
    <message>
        <location filename="../ui/dashboard/SurfaceDayChart.cpp" line="61"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/SurfaceDayChart.cpp" line="77"/>
        <source>nothing recorded</source>
        <translation>nichts aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>custos::TopSendersModel</name>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="17"/>
        <source>no user</source>
        <translation>kein Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="17"/>
        <source>no service</source>
        <translation>kein Service</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
</context>
<context>
    <name>custos::UsersSettingsPage</name>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="49"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="43"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="44"/>
        <source>No users yet. Enter a name, password and roles below and press Add user.</source>
        <translation>Noch keine Benutzer. Geben Sie unten Name, Passwort und Rollen ein und klicken Sie auf „Benutzer hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="45"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="46"/>
        <source>Set roles of selected</source>
        <translation>Rollen festlegen</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="47"/>
        <source>Disable / enable selected</source>
        <translation>Sperren / entsperren</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="50"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="51"/>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="72"/>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="72"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="103"/>
        <source>This change needs your password, and no prompt is available.</source>
        <translation>Diese Änderung erfordert Ihr Passwort, aber es steht keine Abfrage zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="108"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="116"/>
        <source>A user needs a name and at least one role.</source>
        <translation>Ein Benutzer braucht einen Namen und mindestens eine Rolle.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="120"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="123"/>
        <source>Add user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="129"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="134"/>
        <source>%1 added as %2.</source>
        <translation>%1 hinzugefügt als %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="143"/>
        <source>Select the user whose roles change.</source>
        <translation>Wählen Sie den Benutzer, dessen Rollen sich ändern.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="146"/>
        <source>Change the roles of %1</source>
        <translation>Rollen von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="152"/>
        <source>The roles of %1 did not change: %2</source>
        <translation>Die Rollen von %1 wurden nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="155"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="164"/>
        <source>Select the user to disable or enable.</source>
        <translation>Wählen Sie den zu sperrenden oder zu entsperrenden Benutzer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="168"/>
        <source>Enable %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="168"/>
        <source>Disable %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="174"/>
        <source>%1 did not change: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="177"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 ist gesperrt und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="178"/>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder entsperrt.</translation>
    </message>
</context>
<context>
    <name>custos::ValidityIndicator</name>
    <message>
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="52"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="55"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="58"/>
        <source>Invalid: %n problem(s)</source>
        <translation>
            <numerusform>Ungültig: %n Problem</numerusform>
            <numerusform>Ungültig: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="61"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>custos::VersionHistoryPage</name>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="26"/>
        <source>Load into the editor</source>
        <translation>In den Editor laden</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="31"/>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="32"/>
        <source>No version published yet. Publish the draft to make it the active policy; every version is listed here.</source>
        <translation>Noch keine Version veröffentlicht. Veröffentlichen Sie den Entwurf, um ihn zur aktiven Richtlinie zu machen; jede Version wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="36"/>
        <source>Changes from the version before</source>
        <translation>Änderungen gegenüber der Vorversion</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="36"/>
        <source>Differences from the draft</source>
        <translation>Unterschiede zum Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="36"/>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="38"/>
        <source>Version text</source>
        <translation>Text der Version</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="84"/>
        <source>Cannot read the version history: %1</source>
        <translation>Der Versionsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="94"/>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="132"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="140"/>
        <source>No version published yet.</source>
        <translation>Noch keine Version veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="148"/>
        <source>The first version: everything in it is new.

</source>
        <translation>Die erste Version: Alles darin ist neu.

</translation>
    </message>
</context>
<context>
    <name>custos::VisualPolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="76"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="76"/>
        <source>Add a rule at the end</source>
        <translation>Eine Regel am Ende hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="78"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="79"/>
        <source>Remove the rule</source>
        <translation>Die Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="80"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="81"/>
        <source>Move the rule up: among rules with the same action, the earlier one decides</source>
        <translation>Regel nach oben verschieben: Unter Regeln mit derselben Aktion entscheidet die frühere</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="83"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="83"/>
        <source>Move the rule down</source>
        <translation>Regel nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="87"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="92"/>
        <source>No rules yet. Add one with Add, or write it in the YAML source.</source>
        <translation>Noch keine Regeln. Fügen Sie mit „Hinzufügen“ eine hinzu oder schreiben Sie sie in die YAML-Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="132"/>
        <source>The form is paused until the YAML reads again (line %1, column %2): %3</source>
        <translation>Das Formular pausiert, bis sich das YAML wieder lesen lässt (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="137"/>
        <source>The form is paused: a rule in the source is not a mapping of keys (see the problems under the source).</source>
        <translation>Das Formular pausiert: Eine Regel im Quelltext ist keine Zuordnung von Schlüsseln (siehe die Probleme unter dem Quelltext).</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="169"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="205"/>
        <source>This rule has a value the form cannot show (%1); fix it in the source.</source>
        <translation>Diese Regel hat einen Wert, den das Formular nicht darstellen kann (%1); korrigieren Sie ihn im Quelltext.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="252"/>
        <source>Describe why this rule exists.</source>
        <translation>Beschreiben Sie, warum es diese Regel gibt.</translation>
    </message>
</context>
<context>
    <name>custos::WouldHaveModel</name>
    <message>
        <location filename="../ui/dashboard/WouldHaveModel.cpp" line="12"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/WouldHaveModel.cpp" line="12"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/WouldHaveModel.cpp" line="12"/>
        <source>Would have</source>
        <translation>Hätte getan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/custos/main.cpp" line="37"/>
        <source>Confirm with your password</source>
        <translation>Mit Ihrem Passwort bestätigen</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="103"/>
        <source>The evidence store (default: CUSTOS_STORE, else evidence.db in the custos folder of the XDG data folder, shared with custosctl quickstart).</source>
        <translation>Der Nachweisspeicher (Standard: CUSTOS_STORE, sonst evidence.db im Ordner custos des XDG-Datenordners, gemeinsam mit custosctl quickstart).</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="108"/>
        <source>Where the gateway listens.</source>
        <translation>Wo das Gateway lauscht.</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="112"/>
        <source>The console&apos;s language: de, fr or en (default: the system locale).</source>
        <translation>Die Sprache der Konsole: de, fr oder en (Standard: das Gebietsschema des Systems).</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="116"/>
        <source>Check that the console starts: after MS milliseconds, print the title of each window shown, then quit (exit code 1 when none is).</source>
        <translation>Prüft, ob die Konsole startet: gibt nach MS Millisekunden den Titel jedes angezeigten Fensters aus und beendet sich (Exit-Code 1, wenn keines angezeigt wird).</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="147"/>
        <source>Switch user…</source>
        <translation>Benutzer wechseln…</translation>
    </message>
</context>
</TS>
