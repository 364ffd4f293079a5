#include "tests/support/CustosTest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace tst_serve_health {

// Starts the real `custosctl serve` and talks to it over loopback.
class TestServeHealth : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QString m_baseUrl;

    QNetworkReply *get(const QString &path)
    {
        auto *reply = m_network.get(QNetworkRequest(QUrl(m_baseUrl + path)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer from %s%s", qPrintable(m_baseUrl), qPrintable(path));
        return reply;
    }
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        m_server.setArguments(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_server.start();
        QVERIFY2(m_server.waitForStarted(), qPrintable(m_server.errorString()));
        const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(m_server.readAllStandardOutput()),
                                  listening.match(output).hasMatch()),
                                 10000);
        m_baseUrl = listening.match(output).captured(1);
        QVERIFY(output.contains(QStringLiteral("OPENAI_BASE_URL=") + m_baseUrl + QStringLiteral("/v1")));
    }

    void healthAnswersJson()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/custos/v1/health")));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"application/json"));
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(health.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(health.value(u"service").toString(), QStringLiteral("custos-gateway"));
    }

    void unknownPathIsJson404()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1/nothing-here")));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY(body.value(u"error").toObject().value(u"message").toString().contains(u"/v1/nothing-here"));
    }

    void refusesNonLoopbackWithoutOptIn()
    {
        QProcess remote;
        remote.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"),
                     {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QVERIFY(remote.waitForFinished(10000));
        QCOMPARE(remote.exitCode(), 2);
        QVERIFY(remote.readAllStandardError().contains("loopback"));
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
};

} // namespace tst_serve_health

CUSTOS_GUILESS_TEST_MAIN(tst_serve_health::TestServeHealth)
#include "tst_serve_health.moc"
