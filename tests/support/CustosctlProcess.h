#pragma once

// Runs the real custosctl binary as a separate process, the way a script would: no terminal to
// prompt on (its own session), no passphrase or actor password inherited from the test's
// environment unless a test gives one. Needs CUSTOS_BIN_DIR, which every test target defines.

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace custos::test {

struct CustosctlRun
{
    int exitCode = -1; // -1: did not start or finish in time; -2: crashed
    QString out;
    QString err;
};

inline CustosctlRun runCustosctl(const QStringList &arguments,
                                 const QHash<QString, QString> &environment = {},
                                 const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
    process.setArguments(arguments);
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(QStringLiteral("CUSTOS_PASSPHRASE"));
    variables.remove(QStringLiteral("CUSTOS_ACTOR_PASSWORD"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        variables.insert(it.key(), it.value());
    process.setProcessEnvironment(variables);
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace custos::test
