<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertDetailText</name>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="19"/>
        <source>warning</source>
        <comment>alert severity</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="21"/>
        <source>high</source>
        <comment>alert severity</comment>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="30"/>
        <source>Budget window</source>
        <translation>Période du plafond</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertDetailText.cpp" line="31"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="34"/>
        <source>%1 new values a day</source>
        <translation>%1 nouvelles valeurs par jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertDetailText.cpp" line="45"/>
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 en %n jour</numerusform>
            <numerusform>%1 en %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="48"/>
        <source>Watcher</source>
        <translation>Veilleur</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="49"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="50"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="50"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="51"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="52"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="53"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="54"/>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="55"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="33"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="56"/>
        <source>New values that day</source>
        <translation>Nouvelles valeurs ce jour-là</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="57"/>
        <source>Distinct values</source>
        <translation>Valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="58"/>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="59"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="61"/>
        <source>Escalated</source>
        <translation>Remontée</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="61"/>
        <source>by %1: %2</source>
        <translation>par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertDetailText.cpp" line="63"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ConsoleLanguage</name>
    <message>
        <location filename="../ui/i18n/ConsoleLanguage.cpp" line="37"/>
        <location filename="../ui/i18n/ConsoleLanguage.cpp" line="51"/>
        <source>--lang %1 is not offered; choose one of: %2.</source>
        <translation>--lang %1 n’est pas proposé&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/i18n/ConsoleLanguage.cpp" line="56"/>
        <source>The %1 catalogue is missing from this build.</source>
        <translation>Le catalogue %1 manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>InteractionDetailHtml</name>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="78"/>
        <source>As received</source>
        <translation>Tel que reçu</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="80"/>
        <source>Passed on unchanged</source>
        <translation>Transmis sans modification</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="82"/>
        <source>As passed on</source>
        <translation>Tel que transmis</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="89"/>
        <source>&lt;p&gt;This interaction&apos;s payload was erased by retention; its digest keeps the chain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le contenu de cette interaction a été effacé par la conservation&#xa0;; son empreinte préserve la chaîne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; by %2 (%3), model %4, route %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; par %2 (%3), modèle %4, route %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="94"/>
        <source>&lt;p&gt;Rules: %1&lt;br&gt;Policy version: &lt;a href=&quot;custos://policy/%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>&lt;p&gt;Règles&#xa0;: %1&lt;br&gt;Version de la politique&#xa0;: &lt;a href=&quot;custos://policy/%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="98"/>
        <source>&lt;br&gt;Exception: &lt;a href=&quot;custos://exception/%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;br&gt;Exception&#xa0;: &lt;a href=&quot;custos://exception/%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="105"/>
        <source>The payload cannot be read: %1</source>
        <translation>Le contenu est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="115"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/session/InteractionDetailHtml.cpp" line="116"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="9"/>
        <source>administrator</source>
        <comment>role</comment>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="11"/>
        <source>risk officer</source>
        <comment>role</comment>
        <translation>responsable des risques</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="13"/>
        <source>approver</source>
        <comment>role</comment>
        <translation>approbateur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="15"/>
        <source>developer</source>
        <comment>role</comment>
        <translation>développeur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RoleText.cpp" line="17"/>
        <source>auditor</source>
        <comment>role</comment>
        <translation>auditeur</translation>
    </message>
</context>
<context>
    <name>StoreSignIn</name>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="24"/>
        <source>Found at the console&apos;s former location; new stores are made at %1.</source>
        <translation>Trouvée à l’ancien emplacement de la console&#xa0;; les nouvelles bases sont créées dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="27"/>
        <source>Chosen by CUSTOS_STORE.</source>
        <translation>Choisie par CUSTOS_STORE.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="29"/>
        <source>Unlocked with the key file %1.</source>
        <translation>Déverrouillée avec le fichier de clé %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="31"/>
        <source>Unlocked with its key in the OS keychain.</source>
        <translation>Déverrouillée avec sa clé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="33"/>
        <source>Its key file cannot be used (%1); enter the passphrase if the store has one.</source>
        <translation>Son fichier de clé est inutilisable (%1)&#xa0;; saisissez la phrase secrète si la base en a une.</translation>
    </message>
    <message>
        <location filename="../ui/session/StoreSignIn.cpp" line="48"/>
        <source>Sign in to Custos</source>
        <translation>Se connecter à Custos</translation>
    </message>
</context>
<context>
    <name>custos::AlertListModel</name>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="72"/>
        <source>Baseline %1, over-dispersion %2</source>
        <translation>Référence %1, surdispersion %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="113"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="115"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="117"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="119"/>
        <source>Watcher</source>
        <translation>Veilleur</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="121"/>
        <source>Statistic /
threshold</source>
        <translation>Statistique /
seuil</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="123"/>
        <source>Distinct values
in 1/7/30/42 days</source>
        <translation>Valeurs distinctes
sur 1/7/30/42 jours</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="125"/>
        <source>Raised</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="127"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="141"/>
        <source>novel values</source>
        <comment>watcher</comment>
        <translation>valeurs nouvelles</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="143"/>
        <source>budget</source>
        <comment>watcher</comment>
        <translation>plafond</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="151"/>
        <source>awaiting a decision</source>
        <comment>alert state</comment>
        <translation>en attente de décision</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="153"/>
        <source>escalated by %1, for a risk officer</source>
        <comment>alert state</comment>
        <translation>remontée par %1, pour un responsable des risques</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="155"/>
        <source>dismissed by %1</source>
        <comment>alert state</comment>
        <translation>écartée par %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="157"/>
        <source>confirmed by %1</source>
        <comment>alert state</comment>
        <translation>confirmée par %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertListModel.cpp" line="164"/>
        <source>%1 against %2</source>
        <translation>%1 pour un seuil de %2</translation>
    </message>
</context>
<context>
    <name>custos::AlertsPage</name>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="49"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="60"/>
        <source>No alerts. When a watcher sees a user send more new sensitive values than usual, or break a budget, the alert appears here.</source>
        <translation>Aucune alerte. Quand un veilleur voit un utilisateur envoyer plus de nouvelles valeurs sensibles que d’habitude, ou dépasser un plafond, l’alerte apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="64"/>
        <source>Alert detail</source>
        <translation>Détail de l’alerte</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="67"/>
        <source>Contributing interactions</source>
        <translation>Interactions en cause</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="70"/>
        <source>Explain…</source>
        <translation>Expliquer…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="71"/>
        <source>Explain the selected interaction</source>
        <translation>Expliquer l’interaction choisie</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="74"/>
        <location filename="../ui/alerts/AlertsPage.cpp" line="95"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="76"/>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="77"/>
        <source>Confirm…</source>
        <translation>Confirmer…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="78"/>
        <source>Escalate…</source>
        <translation>Faire remonter…</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="129"/>
        <source>The alerts could not be read: %1</source>
        <translation>Les alertes n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertsPage.cpp" line="151"/>
        <source>%n new alert(s) to review.</source>
        <translation>
            <numerusform>%n nouvelle alerte à examiner.</numerusform>
            <numerusform>%n nouvelles alertes à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="181"/>
        <source>&lt;p&gt;Select an alert to see what the watcher counted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une alerte pour voir ce que le veilleur a compté.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="188"/>
        <source>Interaction #%1 (covered by an exception)</source>
        <translation>Interaction n°%1 (couverte par une exception)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="189"/>
        <source>Interaction #%1</source>
        <translation>Interaction n°%1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="212"/>
        <source>This alert is about you: another approver or risk officer decides it.</source>
        <translation>Cette alerte vous concerne&#xa0;: un autre approbateur ou responsable des risques en décide.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="214"/>
        <source>This alert was escalated: a risk officer decides it.</source>
        <translation>Cette alerte a été remontée&#xa0;: un responsable des risques en décide.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="230"/>
        <source>Deciding needs your password, and no prompt is available.</source>
        <translation>Décider exige votre mot de passe, et aucune invite n’est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="235"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Annulé&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="262"/>
        <source>Escalate %1</source>
        <translation>Faire remonter %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="275"/>
        <source>%1 was not escalated: %2</source>
        <translation>%1 n’a pas été remontée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="287"/>
        <source>%1 confirmed; %2 is at raised risk for %3.</source>
        <translation>%1 confirmée&#xa0;; %2 est à risque élevé pour %3.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="290"/>
        <source>%1 escalated to the risk officers; %2 is at raised risk for %3 meanwhile.</source>
        <translation>%1 remontée aux responsables des risques&#xa0;; %2 est entre-temps à risque élevé pour %3.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="301"/>
        <source>Select the alert to decide.</source>
        <translation>Choisissez l’alerte à décider.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="309"/>
        <source>Give a reason to dismiss %1: it tells the baseline what is normal.</source>
        <translation>Donnez un motif pour écarter %1&#xa0;: il indique à la référence ce qui est normal.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="313"/>
        <source>Give a reason to escalate %1: the risk officers read it.</source>
        <translation>Donnez un motif pour faire remonter %1&#xa0;: les responsables des risques le liront.</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="258"/>
        <source>Dismiss %1</source>
        <translation>Écarter %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="75"/>
        <source>Why (required to dismiss or escalate)</source>
        <translation>Motif (requis pour écarter ou faire remonter)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="260"/>
        <source>Confirm %1</source>
        <translation>Confirmer %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="271"/>
        <source>%1 was not dismissed: %2</source>
        <translation>%1 n’a pas été écartée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="273"/>
        <source>%1 was not confirmed: %2</source>
        <translation>%1 n’a pas été confirmée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertsPage.cpp" line="284"/>
        <source>%1 dismissed; its days count as normal in %2&apos;s baseline.</source>
        <translation>%1 écartée&#xa0;; ses jours comptent comme normaux dans la référence de %2.</translation>
    </message>
</context>
<context>
    <name>custos::AuditExportDialog</name>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="58"/>
        <source>Export audit pack</source>
        <translation>Exporter le dossier d’audit</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="65"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="68"/>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="268"/>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="276"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="104"/>
        <source>Digests and redacted text passed on (default)</source>
        <translation>Empreintes et texte caviardé transmis (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="105"/>
        <source>Redacted prompts and responses</source>
        <translation>Prompts et réponses caviardés</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="106"/>
        <source>Raw payloads (auditors only, needs a reason)</source>
        <translation>Contenus bruts (auditeurs seulement, justification requise)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="109"/>
        <source>Why raw payloads are needed; recorded in the ledger</source>
        <translation>Pourquoi les contenus bruts sont nécessaires&#xa0;; consigné au registre</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="112"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="117"/>
        <source>Also write a .zip and keep only the zip</source>
        <translation>Écrire aussi un .zip et ne garder que l’archive</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="127"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="128"/>
        <source>To (exclusive)</source>
        <translation>Au (exclu)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="129"/>
        <source>Services (none ticked: all)</source>
        <translation>Services (aucun coché&#xa0;: tous)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="130"/>
        <source>Payloads</source>
        <translation>Contenus</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="131"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="132"/>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="225"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="134"/>
        <source>Your password (%1)</source>
        <translation>Votre mot de passe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="153"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="155"/>
        <source>Send the export key fingerprint to the auditor by another channel (phone, signed mail): it is what lets them trust the pack&apos;s signature.</source>
        <translation>Transmettez l’empreinte de la clé d’export à l’auditeur par un autre canal (téléphone, courriel signé)&#xa0;: c’est ce qui lui permet de faire confiance à la signature du dossier.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="160"/>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="161"/>
        <source>Pack fingerprint</source>
        <translation>Empreinte du dossier</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="162"/>
        <source>Export key fingerprint</source>
        <translation>Empreinte de la clé d’export</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="210"/>
        <source>The period is empty: &quot;From&quot; must be before &quot;To&quot;.</source>
        <translation>La période est vide&#xa0;: «&#xa0;Du&#xa0;» doit précéder «&#xa0;Au&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="212"/>
        <source>Raw payloads need a reason; it is recorded with the export.</source>
        <translation>Les contenus bruts exigent un motif&#xa0;; il est consigné avec l’export.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="214"/>
        <source>Choose an existing destination folder.</source>
        <translation>Choisissez un dossier de destination existant.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="216"/>
        <source>Re-enter your password to sign the export.</source>
        <translation>Saisissez à nouveau votre mot de passe pour signer l’export.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="234"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="238"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="244"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="262"/>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="263"/>
        <source>Exported, but the chain is broken: the pack&apos;s verdict names the break.</source>
        <translation>Exporté, mais la chaîne est rompue&#xa0;: le verdict du dossier indique la rupture.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="275"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/AuditExportDialog.cpp" line="275"/>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>custos::ClassRateModel</name>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Hits per 1,000 interactions</source>
        <translation>Détections pour 1 000 interactions</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Hits</source>
        <translation>Détections</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ClassRateModel.cpp" line="12"/>
        <source>Interactions with hits</source>
        <translation>Interactions avec détections</translation>
    </message>
</context>
<context>
    <name>custos::ConsoleHeader</name>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="45"/>
        <source>Console status</source>
        <translation>État de la console</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="66"/>
        <source>Gateway listening on %1; the new address failed: %2</source>
        <translation>Passerelle à l’écoute sur %1&#xa0;; la nouvelle adresse a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="69"/>
        <source>Gateway not listening: %1</source>
        <translation>Passerelle pas à l’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="72"/>
        <source>Gateway stopped</source>
        <translation>Passerelle arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="74"/>
        <source>Gateway listening on %1</source>
        <translation>Passerelle à l’écoute sur %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="83"/>
        <source>Store: %1</source>
        <translation>Base de preuves&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="83"/>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="89"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsoleHeader.cpp" line="90"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>custos::ConsoleSections</name>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="125"/>
        <source>Policy version %1</source>
        <translation>Version de la politique %1</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="159"/>
        <source>Exceptions (%1)</source>
        <translation>Exceptions (%1)</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="159"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="172"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSections.cpp" line="172"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
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
        <translation>indiquez le premier administrateur et le service à gouverner</translation>
    </message>
    <message>
        <location filename="../ui/session/ConsoleSession.cpp" line="47"/>
        <source>the policy is invalid: %1</source>
        <translation>la politique est invalide&#xa0;: %1</translation>
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
            <numerusform>Custos&#xa0;: %n demande vous attend</numerusform>
            <numerusform>Custos&#xa0;: %n demandes vous attendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/ConsoleTray.cpp" line="46"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerte ouverte</numerusform>
            <numerusform>%n alertes ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::DailyActivityModel</name>
    <message>
        <location filename="../ui/dashboard/DailyActivityModel.cpp" line="9"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DailyActivityModel.cpp" line="9"/>
        <source>Interactions</source>
        <translation>Nombre d’interactions</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DailyActivityModel.cpp" line="11"/>
        <source>%1 per 1,000</source>
        <translation>%1 pour 1 000</translation>
    </message>
</context>
<context>
    <name>custos::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="45"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="47"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="48"/>
        <source>Enforced policy</source>
        <translation>Politique appliquée</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="49"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="50"/>
        <source>Rules fired most</source>
        <translation>Règles les plus déclenchées</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="51"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="181"/>
        <source>Exception requests</source>
        <translation>Demandes d’exception</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="52"/>
        <source>No interactions in this period. The charts fill once services send requests through the gateway.</source>
        <translation>Aucune interaction sur cette période. Les graphiques se remplissent dès que des services envoient des requêtes par la passerelle.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="97"/>
        <source>&lt;h3&gt;Risk surface&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Surface de risque&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="100"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="102"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier jour (%n)</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="104"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="106"/>
        <source>P&amp;seudonymise users and services</source>
        <translation>P&amp;seudonymiser les utilisateurs et les services</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="108"/>
        <source>Show each user and service as a stable pseudonym instead of its name</source>
        <translation>Afficher chaque utilisateur et service sous un pseudonyme stable au lieu de son nom</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="112"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="114"/>
        <source>Write the risk-surface report of this period as a PDF</source>
        <translation>Écrire le rapport de surface de risque de cette période en PDF</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="143"/>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="152"/>
        <source>Interactions per day</source>
        <translation>Interactions par jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="154"/>
        <source>Hits per 1,000 interactions, by day</source>
        <translation>Détections pour 1 000 interactions, par jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="157"/>
        <source>Hits per 1,000 interactions, by data class</source>
        <translation>Détections pour 1 000 interactions, par classe de données</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="158"/>
        <source>No detector hits in this period.</source>
        <translation>Aucune détection sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="160"/>
        <source>Distinct values sent, by value class</source>
        <translation>Valeurs distinctes envoyées, par classe de valeurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="161"/>
        <source>No fingerprinted values in this period.</source>
        <translation>Aucune valeur à empreinte sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="163"/>
        <source>Top users by distinct values</source>
        <translation>Utilisateurs ayant envoyé le plus de valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="164"/>
        <source>No user sent a fingerprinted value.</source>
        <translation>Aucun utilisateur n’a envoyé de valeur à empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="166"/>
        <source>Top services by distinct values</source>
        <translation>Services ayant envoyé le plus de valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="168"/>
        <source>No service sent a fingerprinted value.</source>
        <translation>Aucun service n’a envoyé de valeur à empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="170"/>
        <source>Data classes passed on, by provider and model</source>
        <translation>Classes de données transmises, par fournisseur et modèle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="172"/>
        <source>No provider received a detected data class.</source>
        <translation>Aucun fournisseur n’a reçu de classe de données détectée.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="174"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="177"/>
        <source>What monitor-mode rules would have done</source>
        <translation>Ce qu’auraient fait les règles en mode surveillance</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="179"/>
        <source>No monitor-mode rule fired in this period.</source>
        <translation>Aucune règle en mode surveillance ne s’est déclenchée sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="190"/>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="191"/>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="202"/>
        <source>Loading the last %n day(s)…</source>
        <translation>
            <numerusform>Chargement du dernier jour (%n)…</numerusform>
            <numerusform>Chargement des %n derniers jours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="237"/>
        <source>%1 to %2: %n interaction(s), %3 open alert(s)</source>
        <translation>
            <numerusform>Du %1 au %2 : %n interaction, alertes ouvertes : %3</numerusform>
            <numerusform>Du %1 au %2 : %n interactions, alertes ouvertes : %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="246"/>
        <source>The risk surface cannot be read: %1</source>
        <translation>La surface de risque ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="293"/>
        <source>not listening: %1</source>
        <translation>pas à l’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="294"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="295"/>
        <source>listening on %1</source>
        <translation>à l’écoute sur %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="302"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="320"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="341"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="306"/>
        <source>none published: the gateway refuses every request</source>
        <translation>aucune publiée&#xa0;: la passerelle refuse toute requête</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="310"/>
        <source>%1 (%2), version %3, published by %4 on %5: “%6”</source>
        <translation>%1 (%2), version %3, publiée par %4 le %5&#xa0;: «&#xa0;%6&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="326"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="328"/>
        <source>no interactions</source>
        <translation>aucune interaction</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="329"/>
        <source>%n interaction(s): %1</source>
        <translation>
            <numerusform>%n interaction&#xa0;: %1</numerusform>
            <numerusform>%n interactions&#xa0;: %1</numerusform>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="353"/>
        <source>%1 pending, %2 waiting for you</source>
        <translation>%1 en attente, dont %2 pour vous</translation>
    </message>
</context>
<context>
    <name>custos::DecisionFeedModel</name>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="229"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="231"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="233"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="235"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="237"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="239"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="241"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedModel.cpp" line="243"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
</context>
<context>
    <name>custos::DecisionFeedView</name>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="96"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="98"/>
        <source>The decision, rules, hits, policy version, exception and chain position, as custosctl explain shows them</source>
        <translation>La décision, les règles, les occurrences, la version de la politique, l’exception et la position dans la chaîne, comme les montre custosctl explain</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="138"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="142"/>
        <source>No decisions to show. Point an SDK at the gateway&apos;s address (see the header) and each request it decides appears here; if a filter is set, loosen it.</source>
        <translation>Aucune décision à afficher. Dirigez un SDK vers l’adresse de la passerelle (voir l’en-tête)&#xa0;: chaque requête qu’elle décide apparaît ici. Si un filtre est actif, élargissez-le.</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="215"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="215"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="218"/>
        <source>Show the decisions queued while paused and follow new ones</source>
        <translation>Afficher les décisions mises en attente pendant la pause et suivre les nouvelles</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="219"/>
        <source>Stop inserting new decisions; they are kept and shown on resume</source>
        <translation>Ne plus insérer de nouvelles décisions&#xa0;; elles sont conservées et affichées à la reprise</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="225"/>
        <source>%1 of %2 decisions</source>
        <translation>%1 décisions sur %2</translation>
    </message>
    <message>
        <location filename="../ui/feed/DecisionFeedView.cpp" line="228"/>
        <source> · %1 waiting</source>
        <translation> · %1 en attente</translation>
    </message>
</context>
<context>
    <name>custos::DecisionModel</name>
    <message>
        <location filename="../ui/dashboard/DecisionModel.cpp" line="17"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DecisionModel.cpp" line="17"/>
        <source>Interactions</source>
        <translation>Nombre d’interactions</translation>
    </message>
</context>
<context>
    <name>custos::DeveloperKeysPage</name>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="44"/>
        <source>User</source>
        <translation>Utilisateur</translation>
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
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="19"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="30"/>
        <source>Issued key</source>
        <translation>Clé émise</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="31"/>
        <source>Developer keys</source>
        <translation>Clés développeur</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="32"/>
        <source>A new key appears here once; only its hash is kept.</source>
        <translation>Une nouvelle clé n’apparaît ici qu’une fois&#xa0;; seule son empreinte est conservée.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="33"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="36"/>
        <source>No developer keys yet. Fill in the user and service below and press Issue key; the SDKs send the key to the gateway.</source>
        <translation>Aucune clé développeur pour l’instant. Indiquez l’utilisateur et le service ci-dessous, puis cliquez sur «&#xa0;Émettre une clé&#xa0;»&#xa0;; les SDK envoient la clé à la passerelle.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="38"/>
        <source>Issue key</source>
        <translation>Émettre une clé</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="39"/>
        <source>Revoke selected</source>
        <translation>Révoquer la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="46"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="66"/>
        <source>The keys could not be read: %1</source>
        <translation>Impossible de lire les clés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="72"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="72"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="81"/>
        <source>A key belongs to one user and one service: fill in both.</source>
        <translation>Une clé appartient à un utilisateur et à un service&#xa0;: renseignez les deux.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="86"/>
        <source>No key was issued: %1</source>
        <translation>Aucune clé n’a été émise&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="91"/>
        <source>Copy the key now: Custos keeps only its hash and cannot show it again.</source>
        <translation>Copiez la clé maintenant&#xa0;: Custos n’en garde que l’empreinte et ne pourra plus l’afficher.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="98"/>
        <source>Select the key to revoke.</source>
        <translation>Sélectionnez la clé à révoquer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="102"/>
        <source>Key %1 was not revoked: %2</source>
        <translation>La clé %1 n’a pas été révoquée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeveloperKeysPage.cpp" line="105"/>
        <source>Key %1 revoked; the gateway refuses it from now on.</source>
        <translation>Clé %1 révoquée&#xa0;; la passerelle la refuse désormais.</translation>
    </message>
</context>
<context>
    <name>custos::DistinctValuesModel</name>
    <message>
        <location filename="../ui/dashboard/DistinctValuesModel.cpp" line="12"/>
        <source>Value class</source>
        <translation>Classe de valeurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DistinctValuesModel.cpp" line="12"/>
        <source>Distinct values</source>
        <translation>Valeurs distinctes</translation>
    </message>
</context>
<context>
    <name>custos::EvidenceBrowser</name>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="18"/>
        <source>Export audit pack…</source>
        <translation>Exporter le dossier d’audit…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="25"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="26"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="27"/>
        <source>Legal holds</source>
        <translation>Gels juridiques</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceBrowser.cpp" line="30"/>
        <source>A signed PDF and CSV pack of a period, which an auditor verifies without Custos</source>
        <translation>Un dossier PDF et CSV signé sur une période, que l’auditeur vérifie sans Custos</translation>
    </message>
</context>
<context>
    <name>custos::EvidenceEventsPage</name>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="42"/>
        <source>Words in prompts and responses</source>
        <translation>Mots dans les prompts et les réponses</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="43"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="44"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="45"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="46"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="47"/>
        <source>Exception id</source>
        <translation>Id. d’exception</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="50"/>
        <source>All kinds</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="54"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="68"/>
        <source>Evidence events</source>
        <translation>Événements de preuve</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="71"/>
        <source>No events match. Change or clear the filters and press Search.</source>
        <translation>Aucun événement ne correspond. Modifiez ou videz les filtres, puis cliquez sur «&#xa0;Rechercher&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="80"/>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="82"/>
        <source>Select an event to see it in full, with its chain hashes.</source>
        <translation>Sélectionnez un événement pour le voir en entier, avec ses empreintes de chaîne.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="89"/>
        <source>Newer</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="91"/>
        <source>Older</source>
        <translation>Plus anciens</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="95"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="97"/>
        <source>The interaction&apos;s decision, rules, hits, policy version, exception and chain position, as custosctl explain shows them</source>
        <translation>La décision, les règles, les occurrences, la version de la politique, l’exception et la position dans la chaîne de l’interaction, comme les montre custosctl explain</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="180"/>
        <source>The ledger could not be read: %1</source>
        <translation>Impossible de lire le registre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="185"/>
        <source>No events match.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evidence/EvidenceEventsPage.cpp" line="186"/>
        <source>Page %1: %n event(s), newest first</source>
        <translation>
            <numerusform>Page %1&#xa0;: %n événement, les plus récents d’abord</numerusform>
            <numerusform>Page %1&#xa0;: %n événements, les plus récents d’abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::EvidenceTableModel</name>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="45"/>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="76"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="77"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="78"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidenceTableModel.cpp" line="78"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
</context>
<context>
    <name>custos::ExceptionFunnelModel</name>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="10"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="10"/>
        <source>Exception requests</source>
        <translation>Demandes d’exception</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="10"/>
        <source>Requested</source>
        <translation>Demandées</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="11"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="12"/>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="13"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExceptionFunnelModel.cpp" line="14"/>
        <source>Used</source>
        <translation>Utilisées</translation>
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
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="61"/>
        <source>Asked for</source>
        <translation>Durée demandée</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="62"/>
        <source>Blocked interaction</source>
        <translation>Interaction bloquée</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="62"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="65"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="66"/>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="66"/>
        <location filename="../ui/session/ExceptionInbox.cpp" line="95"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="68"/>
        <source>Pending requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="69"/>
        <source>Request history</source>
        <translation>Historique des demandes</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="71"/>
        <source>No exceptions waiting. Requests a rule blocks with require_exception appear here.</source>
        <translation>Aucune exception en attente. Les demandes pour les requêtes qu’une règle bloque avec require_exception apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="73"/>
        <source>No requests decided yet. Approved, rejected and expired requests are listed here.</source>
        <translation>Aucune demande décidée pour l’instant. Les demandes approuvées, rejetées et expirées sont listées ici.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="79"/>
        <source>as asked</source>
        <translation>comme demandé</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="80"/>
        <source>Single use</source>
        <translation>Usage unique</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="84"/>
        <source>Why (required to reject)</source>
        <translation>Motif (requis pour refuser)</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="85"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="87"/>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="93"/>
        <source>Shorter expiry (hours)</source>
        <translation>Expiration plus courte (heures)</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="105"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="106"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="125"/>
        <source>The exception requests could not be read: %1</source>
        <translation>Impossible de lire les demandes d’exception&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/ExceptionInbox.cpp" line="172"/>
        <source>%n exception request(s) await your decision.</source>
        <translation>
            <numerusform>%n demande d’exception attend votre décision.</numerusform>
            <numerusform>%n demandes d’exception attendent votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="190"/>
        <source>Deciding needs your password, and no prompt is available.</source>
        <translation>Décider exige votre mot de passe, et aucune invite n’est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="195"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Annulé&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="204"/>
        <source>Select the request to approve.</source>
        <translation>Sélectionnez la demande à approuver.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="207"/>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="218"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 n’a pas été approuvée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="222"/>
        <source>%1 approved until %2; the gateway honours it from the next request.</source>
        <translation>%1 approuvée jusqu’au %2&#xa0;; la passerelle l’applique dès la prochaine requête.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="233"/>
        <source>Select the request and give a reason to reject it.</source>
        <translation>Sélectionnez la demande et indiquez un motif pour la refuser.</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="236"/>
        <source>Reject %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="244"/>
        <source>%1 was not rejected: %2</source>
        <translation>%1 n’a pas été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/ExceptionInbox.cpp" line="249"/>
        <source>%1 rejected.</source>
        <translation>%1 refusée.</translation>
    </message>
</context>
<context>
    <name>custos::ExplainDialog</name>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="24"/>
        <source>The event cannot be read: %1</source>
        <translation>L’événement est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="26"/>
        <source>The ledger holds no event %1.</source>
        <translation>Le registre ne contient aucun événement %1.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="29"/>
        <source>Event %1 cannot be explained: %2</source>
        <translation>L’événement %1 ne peut pas être expliqué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="42"/>
        <source>Explain ledger event %1</source>
        <translation>Expliquer l’événement %1 du registre</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="47"/>
        <source>Explaining… (verifying the chain up to this event)</source>
        <translation>Explication… (vérification de la chaîne jusqu’à cet événement)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainDialog.cpp" line="49"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>custos::FeedDetailPane</name>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="18"/>
        <source>Decision detail</source>
        <translation>Détail de la décision</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="42"/>
        <source>Select a decision to see its details.</source>
        <translation>Sélectionnez une décision pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="48"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="49"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="50"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="51"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="52"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="53"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="55"/>
        <source>Rules fired</source>
        <translation>Règles déclenchées</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="55"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="56"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="56"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="57"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedDetailPane.cpp" line="58"/>
        <source>Ledger sequence</source>
        <translation>Numéro dans le registre</translation>
    </message>
</context>
<context>
    <name>custos::FeedFilterBar</name>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="26"/>
        <source>Show only this decision</source>
        <translation>N’afficher que cette décision</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="30"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="31"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="32"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="33"/>
        <source>Search all columns</source>
        <translation>Rechercher dans toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/feed/FeedFilterBar.cpp" line="72"/>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
</context>
<context>
    <name>custos::FirstRunWizard</name>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="43"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="63"/>
        <source>Set up Custos</source>
        <translation>Configurer Custos</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="70"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="71"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="72"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="94"/>
        <source>Store</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="95"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="96"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="97"/>
        <source>The evidence store</source>
        <translation>La base de preuves</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="98"/>
        <source>Every prompt, response and decision is kept here, encrypted with this passphrase. It cannot be recovered: keep it somewhere safe.</source>
        <translation>Prompts, réponses et décisions y sont conservés, chiffrés avec cette phrase secrète. Elle est irrécupérable&#xa0;: gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="110"/>
        <source>Admin name</source>
        <translation>Nom de l’administrateur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="111"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="112"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="113"/>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="114"/>
        <source>This account manages users, routes and keys; it is also risk officer and approver until you add others.</source>
        <translation>Ce compte gère les utilisateurs, les routes et les clés&#xa0;; il est aussi responsable des risques et approbateur tant que vous n’en ajoutez pas d’autres.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="134"/>
        <source>Service to govern</source>
        <translation>Service à gouverner</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="135"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="136"/>
        <source>Provider base URL</source>
        <translation>URL de base du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="137"/>
        <source>Provider key</source>
        <translation>Clé du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="138"/>
        <source>The service and its provider</source>
        <translation>Le service et son fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="139"/>
        <source>Custos keeps the provider key in the encrypted store; developers never hold it. The starter policy is published when you continue.</source>
        <translation>Custos garde la clé du fournisseur dans la base chiffrée&#xa0;; les développeurs ne la voient jamais. La politique de départ est publiée à l’étape suivante.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="153"/>
        <source>Send a test request</source>
        <translation>Envoyer une requête de test</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="158"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="159"/>
        <source>Developer key</source>
        <translation>Clé développeur</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="161"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="162"/>
        <source>Connect your application</source>
        <translation>Connecter votre application</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="163"/>
        <source>Point the OpenAI or Anthropic client at the base URL and use the key as its API key. The key is shown only now.</source>
        <translation>Dirigez le client OpenAI ou Anthropic vers l’URL de base et utilisez la clé comme clé d’API. La clé n’est affichée que maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="180"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Utilisez une phrase secrète d’au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="182"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="186"/>
        <source>Name the admin and give a password of at least 8 characters.</source>
        <translation>Nommez l’administrateur et donnez un mot de passe d’au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="188"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="200"/>
        <source>Name the service Custos governs (e.g. chatbot).</source>
        <translation>Nommez le service que Custos gouverne (p. ex. chatbot).</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="207"/>
        <source>The provider is not usable: %1</source>
        <translation>Le fournisseur est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="231"/>
        <source>The gateway could not listen on %1: %2. Change the address in Settings.</source>
        <translation>La passerelle n’a pas pu écouter sur %1&#xa0;: %2. Changez l’adresse dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="249"/>
        <source>The gateway is not running.</source>
        <translation>La passerelle ne fonctionne pas.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="258"/>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="259"/>
        <source>HTTP %1, decision: %2</source>
        <translation>HTTP %1, décision&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstRunWizard.cpp" line="260"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>custos::GatewaySettingsPage</name>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="24"/>
        <source>Allow an address other than loopback (other machines could reach the gateway)</source>
        <translation>Autoriser une adresse autre que la boucle locale (d’autres machines pourraient joindre la passerelle)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="28"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="31"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="36"/>
        <source>Every signed checkpoint is also appended to this file outside the store, so verification catches deleted checkpoints and a store rolled back. Start Custos with CUSTOS_WITNESS=FILE to keep it elsewhere, for example on a mounted share.</source>
        <translation>Chaque point de contrôle signé est aussi ajouté à ce fichier hors de la base, pour que la vérification repère les points de contrôle supprimés et une base restaurée à un état antérieur. Lancez Custos avec CUSTOS_WITNESS=FICHIER pour le placer ailleurs, par exemple sur un partage monté.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="41"/>
        <source>Listening on</source>
        <translation>À l’écoute sur</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="42"/>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="45"/>
        <source>Checkpoint witness</source>
        <translation>Témoin des points de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="55"/>
        <source>none: checkpoints are kept in the store only</source>
        <translation>aucun : les points de contrôle ne sont conservés que dans la base</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="67"/>
        <source>not listening</source>
        <translation>pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../ui/settings/GatewaySettingsPage.cpp" line="70"/>
        <source>Clients use %1/v1 as their base URL.</source>
        <translation>Les clients utilisent %1/v1 comme URL de base.</translation>
    </message>
</context>
<context>
    <name>custos::IntegrityPage</name>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="21"/>
        <source>Every event is chained to the one before it by SHA-256 over all its fields, and signed checkpoints, also kept in a witness file outside the store, vouch for the chain&apos;s length. Verification recomputes every hash, checks every signature against the store and the witness, that every dropped payload has its retention event, every query-table row against the chain, and every page of the file. It names the first damage, then every finding (the event&apos;s seq, or the page and the table or index it belongs to).</source>
        <translation>Chaque événement est chaîné au précédent par un SHA-256 portant sur tous ses champs, et des points de contrôle signés, conservés aussi dans un fichier témoin hors de la base, garantissent la longueur de la chaîne. La vérification recalcule chaque empreinte, contrôle chaque signature par rapport à la base et au témoin, que chaque charge utile supprimée a son événement de conservation, chaque ligne des tables de requête par rapport à la chaîne, et chaque page du fichier. Elle nomme le premier dommage, puis chaque constat (la position de l’événement, ou la page et la table ou l’index auquel elle appartient).</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="29"/>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="44"/>
        <source>Integrity findings</source>
        <translation>Constats d’intégrité</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="70"/>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="103"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/IntegrityPage.cpp" line="104"/>
        <source>seq %1</source>
        <translation>position %1</translation>
    </message>
</context>
<context>
    <name>custos::LegalHoldsPage</name>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="21"/>
        <source>case</source>
        <translation>affaire</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="23"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="25"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="52"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="53"/>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="54"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <source>Placed by</source>
        <translation>Posé par</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="34"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="44"/>
        <source>The case id, service or user the hold covers</source>
        <translation>L’identifiant de l’affaire, le service ou l’utilisateur que couvre le gel</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="47"/>
        <source>Why, e.g. the matter or request it serves</source>
        <translation>Pourquoi, p. ex. l’affaire ou la demande qu’il sert</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="48"/>
        <source>Legal holds</source>
        <translation>Gels juridiques</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="49"/>
        <source>No legal holds. Place one below to keep the events it covers past their retention.</source>
        <translation>Aucun gel juridique. Posez-en un ci-dessous pour conserver les événements qu’il couvre au-delà de leur durée de conservation.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="50"/>
        <source>Place hold</source>
        <translation>Poser un gel</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="51"/>
        <source>Release selected</source>
        <translation>Lever le gel sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="81"/>
        <source>The holds could not be read: %1</source>
        <translation>Impossible de lire les gels juridiques&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="88"/>
        <source>active since %1</source>
        <translation>actif depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="89"/>
        <source>released by %1</source>
        <translation>levé par %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="102"/>
        <source>Say what the hold covers and why.</source>
        <translation>Indiquez ce que couvre le gel et pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="108"/>
        <source>The hold was not placed: %1</source>
        <translation>Le gel n’a pas été posé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="111"/>
        <source>Hold %1 placed; retention and erasure now keep these events.</source>
        <translation>Gel %1 posé&#xa0;; la conservation et l’effacement épargnent désormais ces événements.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="120"/>
        <source>Select the hold to release.</source>
        <translation>Sélectionnez le gel à lever.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="125"/>
        <source>Hold %1 was not released: %2</source>
        <translation>Le gel %1 n’a pas été levé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/evidence/LegalHoldsPage.cpp" line="128"/>
        <source>Hold %1 released.</source>
        <translation>Gel %1 levé.</translation>
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
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Decisions, exceptions and evidence at a glance.</source>
        <translation>Décisions, exceptions et preuves en un coup d’œil.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Live feed</source>
        <translation>Flux en direct</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Every decision of the gateway as it happens.</source>
        <translation>Chaque décision de la passerelle, en temps réel.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Author, test and publish the rules.</source>
        <translation>Rédiger, tester et publier les règles.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Requests awaiting a named approver.</source>
        <translation>Demandes en attente d’un approbateur désigné.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>What the watchers saw build up over days.</source>
        <translation>Ce que les veilleurs ont vu s’accumuler au fil des jours.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>The encrypted, hash-chained ledger.</source>
        <translation>Le registre chiffré, chaîné par empreintes.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Routes, keys, users and the gateway.</source>
        <translation>Routes, clés, utilisateurs et passerelle.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Shortcut: %1</source>
        <translation>Raccourci&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>custos::OpenAlertModel</name>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Value class</source>
        <translation>Classe de valeurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Watcher</source>
        <translation>Surveillant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OpenAlertModel.cpp" line="15"/>
        <source>Raised</source>
        <translation>Levée</translation>
    </message>
</context>
<context>
    <name>custos::PolicyPlayground</name>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="55"/>
        <source>Paste a prompt here, or pick a recent interaction above.</source>
        <translation>Collez un prompt ici, ou choisissez une interaction récente ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="56"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="59"/>
        <source>Detector hits</source>
        <translation>Détections</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="60"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="62"/>
        <source>No detector hits. Type or paste a prompt above; what the detectors find in it is listed here.</source>
        <translation>Aucune détection. Saisissez ou collez un prompt ci-dessus&#xa0;; ce que les détecteurs y trouvent est listé ici.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="93"/>
        <source>Past interaction</source>
        <translation>Interaction passée</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="105"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="106"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="107"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="108"/>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="110"/>
        <source>As if sent by</source>
        <translation>Comme envoyé par</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="123"/>
        <source>— none: judge the text below —</source>
        <translation>— aucune&#xa0;: juger le texte ci-dessous —</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="133"/>
        <source>#%1 · %2 · %3 · %4 · %5</source>
        <translation>#%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="158"/>
        <source>Interaction #%1 cannot be read: %2</source>
        <translation>L’interaction n°&#xa0;%1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="165"/>
        <source>Interaction #%1 has no request to replay (erased, or refused before it was read).</source>
        <translation>L’interaction n°&#xa0;%1 n’a pas de requête à rejouer (effacée, ou refusée avant d’être lue).</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="225"/>
        <source>The draft is not a valid policy yet; fix it to try it here.</source>
        <translation>Le brouillon n’est pas encore une politique valide&#xa0;; corrigez-le pour l’essayer ici.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="229"/>
        <source>Type or paste a prompt to see what the draft decides.</source>
        <translation>Saisissez ou collez un prompt pour voir ce que décide le brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="234"/>
        <source>%1 (monitor only)</source>
        <translation>%1 (observation seulement)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="235"/>
        <source>Decision: %1. Rules that fire: %2.</source>
        <translation>Décision&#xa0;: %1. Règles déclenchées&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyPlayground.cpp" line="237"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>custos::PolicyRuleListModel</name>
    <message>
        <location filename="../ui/policyeditor/PolicyRuleListModel.cpp" line="36"/>
        <location filename="../ui/policyeditor/PolicyRuleListModel.cpp" line="41"/>
        <source>(no id)</source>
        <translation>(sans id.)</translation>
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
        <translation>Source de la politique (YAML)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicySourceEditor.cpp" line="78"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>custos::PolicyWorkbench</name>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="53"/>
        <source>Rules and source</source>
        <translation>Règles et source</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="54"/>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="55"/>
        <source>Replay</source>
        <translation>Rejeu</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="56"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="89"/>
        <source>Revert to the active version</source>
        <translation>Revenir à la version active</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="92"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="176"/>
        <source>The draft is not a valid policy; the problems are listed under the source.</source>
        <translation>Le brouillon n’est pas une politique valide&#xa0;; les problèmes sont listés sous la source.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="178"/>
        <source>The draft is the active version %1.</source>
        <translation>Le brouillon est la version active %1.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="181"/>
        <source>The draft differs from the active version. Only a risk officer can publish it.</source>
        <translation>Le brouillon diffère de la version active. Seul un responsable des risques peut le publier.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="183"/>
        <source>The draft differs from the active version %1 and is ready to publish.</source>
        <translation>Le brouillon diffère de la version active %1 et peut être publié.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="184"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="195"/>
        <source>Only the text changed.</source>
        <translation>Seul le texte a changé.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="202"/>
        <source>Not published: %1</source>
        <translation>Non publiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PolicyWorkbench.cpp" line="207"/>
        <source>Published version %1; the gateway enforces it now.</source>
        <translation>Version %1 publiée&#xa0;; la passerelle l’applique dès maintenant.</translation>
    </message>
</context>
<context>
    <name>custos::PublishDialog</name>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="19"/>
        <source>Publish policy</source>
        <translation>Publier la politique</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="23"/>
        <source>Why this change? The comment is kept in the ledger with the version.</source>
        <translation>Pourquoi ce changement&#xa0;? Le commentaire est conservé au registre avec la version.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="26"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="29"/>
        <source>The gateway enforces the new version as soon as it is published.</source>
        <translation>La passerelle applique la nouvelle version dès sa publication.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="30"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="31"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/PublishDialog.cpp" line="32"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
</context>
<context>
    <name>custos::RecipientModel</name>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="16"/>
        <source>no route</source>
        <translation>aucune route</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="17"/>
        <source>no model</source>
        <translation>aucun modèle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecipientModel.cpp" line="28"/>
        <source>Provider · model</source>
        <translation>Fournisseur · modèle</translation>
    </message>
</context>
<context>
    <name>custos::ReplayChangeModel</name>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="76"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="76"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="77"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="77"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="78"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="78"/>
        <source>Would be</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="79"/>
        <source>Draft rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayChangeModel.cpp" line="79"/>
        <source>Passed under exception</source>
        <translation>Passée par exception</translation>
    </message>
</context>
<context>
    <name>custos::ReplayPage</name>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="33"/>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="151"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="39"/>
        <source>Days to replay</source>
        <translation>Jours à rejouer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="41"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="47"/>
        <source>Replays the draft against recorded interactions and lists every decision it would change.</source>
        <translation>Rejoue le brouillon sur les interactions enregistrées et liste chaque décision qu’il changerait.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="49"/>
        <source>Changed decisions</source>
        <translation>Décisions modifiées</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="52"/>
        <source>No changed decisions to show. Press Replay: every recorded interaction the draft would decide differently is listed here.</source>
        <translation>Aucune décision modifiée à afficher. Cliquez sur «&#xa0;Rejouer&#xa0;»&#xa0;: chaque interaction enregistrée que le brouillon déciderait autrement est listée ici.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="60"/>
        <source>Replay the draft against the last</source>
        <translation>Rejouer le brouillon sur les derniers</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="104"/>
        <source>The draft must be a valid policy to replay it.</source>
        <translation>Le brouillon doit être une politique valide pour être rejoué.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="110"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="117"/>
        <source>Cancelled after %1 interactions; %2 decisions would change so far.</source>
        <translation>Annulé. Interactions examinées&#xa0;: %1&#xa0;; décisions changées jusqu’ici&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="130"/>
        <source>The replay stopped: %1</source>
        <translation>Le rejeu s’est arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="134"/>
        <source>%n interaction(s) examined…</source>
        <translation>
            <numerusform>%n interaction examinée…</numerusform>
            <numerusform>%n interactions examinées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="142"/>
        <source>%n could not be replayed (payload erased, or no request recorded).</source>
        <translation>
            <numerusform>%n n’a pas pu être rejouée (contenu effacé, ou aucune requête enregistrée).</numerusform>
            <numerusform>%n n’ont pas pu être rejouées (contenu effacé, ou aucune requête enregistrée).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ReplayPage.cpp" line="137"/>
        <source>%1 interactions in the last %2 days; the draft would change %3 decisions.</source>
        <translation>Interactions des %2 derniers jours&#xa0;: %1&#xa0;; le brouillon changerait %3 décisions.</translation>
    </message>
</context>
<context>
    <name>custos::RetentionSettingsPage</name>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="22"/>
        <source>forever</source>
        <translation>indéfiniment</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="23"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="34"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="34"/>
        <source>Kept for</source>
        <translation>Conservé pendant</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="38"/>
        <source>Retention rules</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="39"/>
        <source>No retention rules: every event is kept. Add a retention section to the policy and publish it to drop old events.</source>
        <translation>Aucune règle de conservation&#xa0;: chaque événement est gardé. Ajoutez une section retention à la politique et publiez-la pour supprimer les anciens événements.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="41"/>
        <source>Apply retention now</source>
        <translation>Appliquer la conservation maintenant</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="67"/>
        <source>No policy version is published, so nothing states a retention period.</source>
        <translation>Aucune version de politique n’est publiée&#xa0;: rien ne fixe de durée de conservation.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="68"/>
        <source>The policy could not be read: %1</source>
        <translation>Impossible de lire la politique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="83"/>
        <source>Every event (default)</source>
        <translation>Tous les événements (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="85"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="87"/>
        <source>Data class %1</source>
        <translation>Classe de données %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="88"/>
        <source>From policy version %1.</source>
        <translation>Selon la version de politique %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="96"/>
        <source>No policy version is published, so there is no retention to apply.</source>
        <translation>Aucune version de politique n’est publiée&#xa0;: il n’y a pas de conservation à appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="107"/>
        <source>Retention was not applied: %1</source>
        <translation>La conservation n’a pas été appliquée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="110"/>
        <source>%n payload(s) past their period were dropped (digests kept); </source>
        <translation>
            <numerusform>%n contenu échu supprimé (empreintes conservées)&#xa0;; </numerusform>
            <numerusform>%n contenus échus supprimés (empreintes conservées)&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/RetentionSettingsPage.cpp" line="112"/>
        <source>%n kept by legal holds.</source>
        <translation>
            <numerusform>%n conservé par des gels juridiques.</numerusform>
            <numerusform>%n conservés par des gels juridiques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::RiskReportExportDialog</name>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="32"/>
        <source>Export the risk-surface report</source>
        <translation>Exporter le rapport de surface de risque</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="33"/>
        <source>The risk-surface report of the last %n day(s) as a PDF. The export is recorded in the ledger with your name.</source>
        <translation>
            <numerusform>Le rapport de surface de risque du dernier jour (%n) en PDF. L’export est consigné au registre à votre nom.</numerusform>
            <numerusform>Le rapport de surface de risque des %n derniers jours en PDF. L’export est consigné au registre à votre nom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="39"/>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="48"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="49"/>
        <source>P&amp;seudonymise users and services</source>
        <translation>P&amp;seudonymiser les utilisateurs et les services</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="53"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="54"/>
        <source>Exported by:</source>
        <translation>Exporté par :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="55"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="62"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="101"/>
        <source>Save the risk-surface report</source>
        <translation>Enregistrer le rapport de surface de risque</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="102"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="123"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="129"/>
        <source>No report was written: %1</source>
        <translation>Aucun rapport n’a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/RiskReportExportDialog.cpp" line="130"/>
        <source>Written: %1 (%n interaction(s)), SHA-256 %2</source>
        <translation>
            <numerusform>Écrit : %1 (%n interaction), SHA-256 %2</numerusform>
            <numerusform>Écrit : %1 (%n interactions), SHA-256 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::RiskSurfaceLoader</name>
    <message>
        <location filename="../ui/dashboard/RiskSurfaceLoader.cpp" line="36"/>
        <source>no evidence store is open</source>
        <translation>aucun magasin de preuves n’est ouvert</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="18"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="44"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="18"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="45"/>
        <source>Provider key</source>
        <translation>Clé du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="24"/>
        <source>e.g. upstream (the name policies use)</source>
        <translation>p. ex. upstream (le nom qu’emploient les politiques)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="28"/>
        <source>openai covers any OpenAI-compatible server: OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp</source>
        <translation>openai couvre tout serveur compatible OpenAI&#xa0;: OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="36"/>
        <source>Provider key (stored encrypted; leave empty to keep the current one)</source>
        <translation>Clé du fournisseur (stockée chiffrée&#xa0;; laisser vide pour garder l’actuelle)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="37"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="38"/>
        <source>No routes yet. Enter a name, kind and base URL below and press Save route; the gateway forwards allowed requests to it.</source>
        <translation>Aucune route pour l’instant. Saisissez ci-dessous un nom, un type et une URL de base, puis cliquez sur «&#xa0;Enregistrer la route&#xa0;»&#xa0;; la passerelle y transmet les requêtes autorisées.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="40"/>
        <source>Save route</source>
        <translation>Enregistrer la route</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="41"/>
        <source>Remove selected</source>
        <translation>Supprimer la route sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="42"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="65"/>
        <source>The routes could not be read: %1</source>
        <translation>Impossible de lire les routes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="71"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="71"/>
        <source>set (hidden)</source>
        <translation>définie (masquée)</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="90"/>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="105"/>
        <source>The route was not saved: %1</source>
        <translation>La route n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="111"/>
        <source>Route %1 saved without a provider key; requests to it go unauthenticated.</source>
        <translation>Route %1 enregistrée sans clé du fournisseur&#xa0;; ses requêtes partent sans authentification.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="113"/>
        <source>Route %1 saved. The gateway uses it from the next request.</source>
        <translation>Route %1 enregistrée. La passerelle l’utilise dès la prochaine requête.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="120"/>
        <source>Select the route to remove.</source>
        <translation>Sélectionnez la route à supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="124"/>
        <source>Route %1 was not removed: %2</source>
        <translation>La route %1 n’a pas été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/RoutesSettingsPage.cpp" line="127"/>
        <source>Route %1 removed.</source>
        <translation>Route %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>custos::RuleForm</name>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="21"/>
        <source>(policy default)</source>
        <translation>(selon la politique)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="72"/>
        <source>Rule id</source>
        <translation>Id. de la règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="72"/>
        <source>e.g. block-secrets</source>
        <translation>p. ex. block-secrets</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="73"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="73"/>
        <source>Why the rule exists</source>
        <translation>Pourquoi la règle existe</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="74"/>
        <source>Checks</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="80"/>
        <source>&lt;b&gt;Applies to&lt;/b&gt; (empty: everyone; a trailing * matches a prefix)</source>
        <translation>&lt;b&gt;S’applique à&lt;/b&gt; (vide&#xa0;: tous&#xa0;; * final&#xa0;: préfixe)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="81"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="81"/>
        <source>any service</source>
        <translation>tout service</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="82"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="82"/>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="83"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="83"/>
        <source>any group</source>
        <translation>tout groupe</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="84"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="84"/>
        <source>any model</source>
        <translation>tout modèle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="85"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="85"/>
        <source>any route</source>
        <translation>toute route</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="90"/>
        <source>&lt;b&gt;Fires when&lt;/b&gt; (no classes or detectors: on every message)</source>
        <translation>&lt;b&gt;Se déclenche&lt;/b&gt; (sans classe ni détecteur&#xa0;: toujours)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="91"/>
        <source>Data classes</source>
        <translation>Classes de données</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="91"/>
        <source>e.g. PII, SECRET</source>
        <translation>p. ex. PII, SECRET</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="93"/>
        <source>Detectors</source>
        <translation>Détecteurs</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="93"/>
        <source>e.g. aws_access_key_id, iban</source>
        <translation>p. ex. aws_access_key_id, iban</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="96"/>
        <source>Not detected: personal names and postal addresses. The built-in detectors match formats (cards, IBANs, phone numbers, e-mail, national ids, credentials); names and addresses have none.</source>
        <translation>Non détectés&#xa0;: noms de personnes et adresses postales. Les détecteurs intégrés reconnaissent des formats (cartes, IBAN, numéros de téléphone, courriels, identifiants nationaux, identifiants de connexion)&#xa0;; les noms et adresses n’en ont pas.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="102"/>
        <source>At least this many hits</source>
        <translation>Occurrences minimales</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="108"/>
        <source>&lt;b&gt;Then&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alors&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="113"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="115"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="118"/>
        <source>What the caller is told when this rule stops a request</source>
        <translation>Ce qui est répondu à l’appelant quand cette règle arrête une requête</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="120"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="123"/>
        <source>Redaction</source>
        <translation>Caviardage</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="125"/>
        <source>Reroute to</source>
        <translation>Rediriger vers</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="128"/>
        <source>If checking fails</source>
        <translation>Si le contrôle échoue</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="134"/>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="134"/>
        <source>names, or group:NAME</source>
        <translation>noms, ou group:NOM</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="136"/>
        <source>Exception lasts (hours)</source>
        <translation>Durée d’exception (h)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="138"/>
        <source>At most (hours)</source>
        <translation>Au plus (heures)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="148"/>
        <source>Built-in detectors by data class:</source>
        <translation>Détecteurs intégrés par classe de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/RuleForm.cpp" line="153"/>
        <source>Not covered: personal names and postal addresses.</source>
        <translation>Non couverts&#xa0;: noms de personnes et adresses postales.</translation>
    </message>
</context>
<context>
    <name>custos::SettingsPanel</name>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="30"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="31"/>
        <source>Routes and provider keys</source>
        <translation>Routes et clés des fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="32"/>
        <source>Developer keys</source>
        <translation>Clés développeur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="33"/>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPanel.cpp" line="34"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
</context>
<context>
    <name>custos::SignInDialog</name>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="20"/>
        <source>Unlock Custos</source>
        <translation>Déverrouiller Custos</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="20"/>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="35"/>
        <location filename="../ui/session/SignInDialog.cpp" line="36"/>
        <source>Evidence store</source>
        <translation>Base de preuves</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="39"/>
        <source>Where the store was found</source>
        <translation>Où la base a été trouvée</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="45"/>
        <source>Store passphrase</source>
        <translation>Phrase secrète de la base</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="48"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="49"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="52"/>
        <source>Unlock and sign in</source>
        <translation>Déverrouiller et se connecter</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="52"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/session/SignInDialog.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>custos::SurfaceBarChart</name>
    <message>
        <location filename="../ui/dashboard/SurfaceBarChart.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>custos::SurfaceDayChart</name>
    <message>
        <location filename="../ui/dashboard/SurfaceDayChart.cpp" line="61"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/SurfaceDayChart.cpp" line="77"/>
        <source>nothing recorded</source>
        <translation>rien d’enregistré</translation>
    </message>
</context>
<context>
    <name>custos::TopSendersModel</name>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="17"/>
        <source>no user</source>
        <translation>aucun utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="17"/>
        <source>no service</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>Distinct values</source>
        <translation>Valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TopSendersModel.cpp" line="20"/>
        <source>Interactions</source>
        <translation>Nombre d’interactions</translation>
    </message>
</context>
<context>
    <name>custos::UsersSettingsPage</name>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="49"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="23"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="43"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="44"/>
        <source>No users yet. Enter a name, password and roles below and press Add user.</source>
        <translation>Aucun utilisateur pour l’instant. Saisissez ci-dessous un nom, un mot de passe et des rôles, puis cliquez sur «&#xa0;Ajouter l’utilisateur&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="45"/>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="46"/>
        <source>Set roles of selected</source>
        <translation>Changer les rôles</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="47"/>
        <source>Disable / enable selected</source>
        <translation>Désactiver / réactiver</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="48"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="50"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="51"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="72"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="72"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="103"/>
        <source>This change needs your password, and no prompt is available.</source>
        <translation>Ce changement exige votre mot de passe, et aucune invite n’est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="108"/>
        <source>Cancelled; nothing changed.</source>
        <translation>Annulé&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="116"/>
        <source>A user needs a name and at least one role.</source>
        <translation>Un utilisateur doit avoir un nom et au moins un rôle.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="120"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="123"/>
        <source>Add user %1</source>
        <translation>Ajouter l’utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="129"/>
        <source>%1 was not added: %2</source>
        <translation>%1 n’a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="134"/>
        <source>%1 added as %2.</source>
        <translation>%1 ajouté comme %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="143"/>
        <source>Select the user whose roles change.</source>
        <translation>Sélectionnez l’utilisateur dont les rôles changent.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="146"/>
        <source>Change the roles of %1</source>
        <translation>Changer les rôles de %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="152"/>
        <source>The roles of %1 did not change: %2</source>
        <translation>Les rôles de %1 n’ont pas changé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="155"/>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="164"/>
        <source>Select the user to disable or enable.</source>
        <translation>Sélectionnez l’utilisateur à désactiver ou à réactiver.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="168"/>
        <source>Enable %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="168"/>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="174"/>
        <source>%1 did not change: %2</source>
        <translation>%1 n’a pas changé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="177"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/settings/UsersSettingsPage.cpp" line="178"/>
        <source>%1 is enabled again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
</context>
<context>
    <name>custos::ValidityIndicator</name>
    <message>
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="52"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="55"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="58"/>
        <source>Invalid: %n problem(s)</source>
        <translation>
            <numerusform>Invalide&#xa0;: %n problème</numerusform>
            <numerusform>Invalide&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/ValidityIndicator.cpp" line="61"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>custos::VersionHistoryPage</name>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="26"/>
        <source>Load into the editor</source>
        <translation>Charger dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="28"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="31"/>
        <source>Published versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="32"/>
        <source>No version published yet. Publish the draft to make it the active policy; every version is listed here.</source>
        <translation>Aucune version publiée pour l’instant. Publiez le brouillon pour en faire la politique active&#xa0;; chaque version est listée ici.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="36"/>
        <source>Changes from the version before</source>
        <translation>Changements depuis la version précédente</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="36"/>
        <source>Differences from the draft</source>
        <translation>Différences avec le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="36"/>
        <source>Full text</source>
        <translation>Texte complet</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="38"/>
        <source>Version text</source>
        <translation>Texte de la version</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="84"/>
        <source>Cannot read the version history: %1</source>
        <translation>Impossible de lire l’historique des versions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="94"/>
        <source> (active)</source>
        <translation> (active)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="132"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="140"/>
        <source>No version published yet.</source>
        <translation>Aucune version publiée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VersionHistoryPage.cpp" line="148"/>
        <source>The first version: everything in it is new.

</source>
        <translation>La première version&#xa0;: tout y est nouveau.

</translation>
    </message>
</context>
<context>
    <name>custos::VisualPolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="76"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="76"/>
        <source>Add a rule at the end</source>
        <translation>Ajouter une règle à la fin</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="78"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="79"/>
        <source>Remove the rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="80"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="81"/>
        <source>Move the rule up: among rules with the same action, the earlier one decides</source>
        <translation>Monter la règle&#xa0;: parmi les règles de même action, la première décide</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="83"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="83"/>
        <source>Move the rule down</source>
        <translation>Descendre la règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="87"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="92"/>
        <source>No rules yet. Add one with Add, or write it in the YAML source.</source>
        <translation>Aucune règle pour l’instant. Ajoutez-en une avec «&#xa0;Ajouter&#xa0;» ou écrivez-la dans la source YAML.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="132"/>
        <source>The form is paused until the YAML reads again (line %1, column %2): %3</source>
        <translation>Le formulaire est suspendu jusqu’à ce que le YAML se relise (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="137"/>
        <source>The form is paused: a rule in the source is not a mapping of keys (see the problems under the source).</source>
        <translation>Le formulaire est suspendu&#xa0;: une règle de la source n’est pas une table de clés (voir les problèmes sous la source).</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="169"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="205"/>
        <source>This rule has a value the form cannot show (%1); fix it in the source.</source>
        <translation>Cette règle a une valeur que le formulaire ne sait pas afficher (%1)&#xa0;; corrigez-la dans la source.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/VisualPolicyEditor.cpp" line="252"/>
        <source>Describe why this rule exists.</source>
        <translation>Décrivez pourquoi cette règle existe.</translation>
    </message>
</context>
<context>
    <name>custos::WouldHaveModel</name>
    <message>
        <location filename="../ui/dashboard/WouldHaveModel.cpp" line="12"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/WouldHaveModel.cpp" line="12"/>
        <source>Interactions</source>
        <translation>Nombre d’interactions</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/WouldHaveModel.cpp" line="12"/>
        <source>Would have</source>
        <translation>Aurait fait</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/custos/main.cpp" line="37"/>
        <source>Confirm with your password</source>
        <translation>Confirmer avec votre mot de passe</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="42"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="103"/>
        <source>The evidence store (default: CUSTOS_STORE, else evidence.db in the custos folder of the XDG data folder, shared with custosctl quickstart).</source>
        <translation>La base de preuves (par défaut&#xa0;: CUSTOS_STORE, sinon evidence.db dans le dossier custos du dossier de données XDG, partagée avec custosctl quickstart).</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="108"/>
        <source>Where the gateway listens.</source>
        <translation>Où la passerelle écoute.</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="112"/>
        <source>The console&apos;s language: de, fr or en (default: the system locale).</source>
        <translation>La langue de la console&#xa0;: de, fr ou en (par défaut&#xa0;: les paramètres régionaux du système).</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="116"/>
        <source>Check that the console starts: after MS milliseconds, print the title of each window shown, then quit (exit code 1 when none is).</source>
        <translation>Vérifie que la console démarre : après MS millisecondes, affiche le titre de chaque fenêtre ouverte, puis quitte (code de sortie 1 si aucune ne l’est).</translation>
    </message>
    <message>
        <location filename="../app/custos/main.cpp" line="147"/>
        <source>Switch user…</source>
        <translation>Changer d’utilisateur…</translation>
    </message>
</context>
</TS>
