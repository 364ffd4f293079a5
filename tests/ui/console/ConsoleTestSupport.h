#pragma once

#include "ui/wizard/FirstRunWizard.h"

#include <QFile>
#include <QLineEdit>
#include <QTest>

// What the console tests share: the starter policy, typing into named fields, and a first run
// filled in the way a new user would.
namespace custos::test {

inline QByteArray starterPolicy()
{
    QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets the text of the line edit named `name` under `root`; a missing field fails the test.
inline void type(QWidget *root, const QString &name, const QString &text)
{
    auto *line = root->findChild<QLineEdit *>(name);
    QVERIFY2(line, qPrintable(name));
    line->setText(text);
}

// Fills the store, admin and service pages, moving on after each; the last step creates the
// store and starts the gateway, or stays on the service page saying why it could not.
inline void fillFirstRun(FirstRunWizard &wizard, const QString &passphrase, const QString &adminPassword,
                         const QString &providerBaseUrl)
{
    type(&wizard, QStringLiteral("wizard-passphrase"), passphrase);
    type(&wizard, QStringLiteral("wizard-passphrase-again"), passphrase);
    wizard.next();
    type(&wizard, QStringLiteral("wizard-admin"), QStringLiteral("root"));
    type(&wizard, QStringLiteral("wizard-admin-password"), adminPassword);
    type(&wizard, QStringLiteral("wizard-admin-password-again"), adminPassword);
    wizard.next();
    type(&wizard, QStringLiteral("wizard-service"), QStringLiteral("chatbot"));
    type(&wizard, QStringLiteral("wizard-base-url"), providerBaseUrl);
    type(&wizard, QStringLiteral("wizard-provider-key"), QStringLiteral("sk-provider-test"));
    wizard.next();
}

} // namespace custos::test
