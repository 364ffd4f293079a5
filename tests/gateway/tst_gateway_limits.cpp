// Hard deadlines and memory and storage bounds: a client that trickles its request is answered 408
// and cut off when the deadline from its first byte passes, however steadily it sends; a connection
// whose request is being answered is not read further; request bodies beyond the in-flight budget
// are refused with 503 and Retry-After while other requests are still answered; a request refused
// before authentication leaves only its size and digest in the evidence; HEAD has no body; limits
// that cannot work are refused with the option named.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

namespace tst_gateway_limits {

using namespace gatewaytest;

namespace {

constexpr int headerDeadlineMs = 400;
constexpr int bodyDeadlineMs = 800;
constexpr qint64 budgetBytes = 1024 * 1024;

QByteArray chatBody(const QString &prompt)
{
    return QJsonDocument(
               QJsonObject{{"model", "gpt-test"},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray head(qint64 contentLength, const QByteArray &key = GatewayFixture::callerKey)
{
    QByteArray text =
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!key.isEmpty())
        text += "Authorization: Bearer " + key + "\r\n";
    return text + "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

// Reads until the server closes the connection, for at most `ms`.
QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < ms) {
        socket.waitForReadyRead(50);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestGatewayLimits : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stub.start({QStringLiteral("--key"), QStringLiteral("sk-provider-test")}));
        GatewayFixture::Settings settings;
        settings.limits.headerTimeoutMs = headerDeadlineMs;
        settings.limits.bodyTimeoutMs = bodyDeadlineMs;
        settings.limits.maxBodyBytes = 512 * 1024;
        settings.limits.maxInFlightBytes = budgetBytes;
        settings.upstreamReadTimeoutMs = 3000;
        QVERIFY2(m_gateway.start(m_stub, settings), qPrintable(m_gateway.error()));
    }

    // The client keeps sending, one byte each `interval`, for far longer than the deadline; the
    // gateway must answer 408 and close while it still sends.
    void tricklingClientIsCutOff_data()
    {
        QTest::addColumn<QByteArray>("prefix");  // sent at once
        QTest::addColumn<QByteArray>("trickle"); // then one byte at a time
        QTest::addColumn<QByteArray>("reason");
        const QByteArray body = chatBody(QString(200, u'a'));
        QTest::newRow("headers") << QByteArray() << head(body.size()) + body << QByteArray("request headers");
        QTest::newRow("body") << head(body.size()) << body << QByteArray("request body");
    }

    void tricklingClientIsCutOff()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, trickle);
        QFETCH(QByteArray, reason);
        constexpr int intervalMs = 40; // 25 bytes a second: any between-bytes timer would never fire
        QVERIFY(trickle.size() * intervalMs > 4 * bodyDeadlineMs);
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_gateway.port()));
        socket.write(prefix);
        QByteArray answer;
        qsizetype sent = 0;
        for (; sent < trickle.size() && socket.state() == QAbstractSocket::ConnectedState; ++sent) {
            socket.write(trickle.mid(sent, 1));
            socket.waitForBytesWritten(100);
            socket.waitForReadyRead(intervalMs);
            answer += socket.readAll();
            if (!answer.isEmpty())
                break;
        }
        answer += readUntilClosed(socket, 2000);
        QVERIFY2(sent < trickle.size(), "the whole request trickled in: no deadline cut it off");
        QCOMPARE(statusOf(answer), 408);
        QVERIFY2(answer.contains(QByteArray("timed out reading the " + reason)), answer.constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    // A request the upstream takes long over, then 32 MiB more on the same connection: the gateway
    // does not read them while it answers (they stay with the client), and answers others meanwhile.
    void busyConnectionIsNotRead()
    {
        QTcpSocket flooding;
        QVERIFY(connectTo(flooding, m_gateway.port()));
        const QByteArray slow = chatBody(QStringLiteral("[[hang]]"));
        flooding.write(head(slow.size()) + slow);
        QVERIFY(flooding.waitForBytesWritten(2000));
        const QByteArray flood(32 * 1024 * 1024, 'x');
        flooding.write(flood);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1000)
            flooding.waitForBytesWritten(100);
        // What the kernel buffers on both sides is a few MiB at most; the rest cannot have left.
        QVERIFY2(flooding.bytesToWrite() > 16 * 1024 * 1024,
                 qPrintable(QString::number(flooding.bytesToWrite())));

        const HttpReply good =
            postJson(m_gateway.port(), "/v1/chat/completions",
                     QJsonDocument::fromJson(chatBody(QStringLiteral("still here"))).object(),
                     GatewayFixture::callerKey);
        QCOMPARE(good.status, 200);
        flooding.abort();
    }

    // Two requests hold 400 KiB each of a 1 MiB budget: a third of 400 KiB is refused with 503 and
    // Retry-After before its body is read, a small one is still answered, and once the two are
    // gone the budget is whole again.
    void inFlightBudgetRefusesBeyondIt()
    {
        constexpr qint64 large = 400 * 1024;
        QTcpSocket first;
        QTcpSocket second;
        QVERIFY(connectTo(first, m_gateway.port()));
        QVERIFY(connectTo(second, m_gateway.port()));
        first.write(head(large) + QByteArray(1024, ' '));
        second.write(head(large) + QByteArray(1024, ' '));
        QVERIFY(first.waitForBytesWritten(2000) && second.waitForBytesWritten(2000));
        QTest::qWait(100);

        QTcpSocket third;
        QVERIFY(connectTo(third, m_gateway.port()));
        third.write(head(large));
        const QByteArray refused = readUntilClosed(third, 3000);
        QCOMPARE(statusOf(refused), 503);
        QVERIFY2(refused.contains("\r\nRetry-After: 1\r\n"), refused.constData());

        const HttpReply small = postJson(m_gateway.port(), "/v1/chat/completions",
                                         QJsonDocument::fromJson(chatBody(QStringLiteral("small"))).object(),
                                         GatewayFixture::callerKey);
        QCOMPARE(small.status, 200);

        first.abort();
        second.abort();
        QTest::qWait(200);
        const QByteArray body = chatBody(QString(int(large), u'a'));
        QTcpSocket fourth;
        QVERIFY(connectTo(fourth, m_gateway.port()));
        fourth.write(head(body.size()) + body);
        QCOMPARE(statusOf(readUntilClosed(fourth, 5000).left(12)), 200);
    }

    void unauthenticatedBodiesAreNotKept_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("no key") << QByteArray();
        QTest::newRow("unknown key") << QByteArray("custos_nobody_key");
    }

    void unauthenticatedBodiesAreNotKept()
    {
        QFETCH(QByteArray, key);
        const QByteArray body = chatBody(QStringLiteral("CANARY-%1").arg(QString(200 * 1024, u'z')));
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_gateway.port()));
        socket.write(head(body.size(), key) + body);
        const QByteArray answer = readUntilClosed(socket, 3000);
        QCOMPARE(statusOf(answer), 401);
        const QByteArray id = [&] {
            const qsizetype at = answer.indexOf("x-custos-interaction-id: ");
            return at < 0 ? QByteArray() : answer.mid(at + 25, answer.indexOf('\r', at) - at - 25);
        }();
        QVERIFY2(!id.isEmpty(), answer.constData());
        const auto event = m_gateway.eventFor(id);
        const QJsonValue received = event.payload.value(u"request").toObject().value(u"received");
        QVERIFY2(received.isString(), qPrintable(QString::fromUtf8(QJsonDocument(event.payload).toJson())));
        const QString expected =
            QStringLiteral("not kept, refused before authentication: %1 bytes, SHA-256 %2")
                .arg(body.size())
                .arg(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(received.toString(), expected);
        QVERIFY(!QJsonDocument(event.payload).toJson().contains("CANARY"));
    }

    void headHasNoBody()
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_gateway.port()));
        socket.write("HEAD /custos/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const QByteArray answer = readUntilClosed(socket, 3000);
        QCOMPARE(statusOf(answer), 200);
        QVERIFY2(answer.endsWith("\r\n\r\n"), answer.constData()); // the head, and nothing after it
        QVERIFY(answer.contains("Content-Length: "));
    }

    void unworkableLimitsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("header deadline 0") << "header" << qint64(0) << "--header-timeout-ms: must be above 0";
        QTest::newRow("body before headers") << "body" << qint64(50) << "--body-timeout-ms: counts from";
        QTest::newRow("buffer below a head")
            << "buffer" << qint64(1024) << "--connection-buffer-bytes: must hold";
        QTest::newRow("budget below a body")
            << "budget" << qint64(1024) << "--max-in-flight-bytes: must hold";
        QTest::newRow("retry after 0") << "retry" << qint64(0) << "--retry-after-s: must be at least 1";
    }

    void unworkableLimitsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        QFETCH(QString, message);
        GatewayFixture::Settings settings;
        custos::http::HttpLimits &limits = settings.limits;
        if (field == u"header")
            limits.headerTimeoutMs = int(value);
        else if (field == u"body")
            limits.bodyTimeoutMs = int(value);
        else if (field == u"buffer")
            limits.maxConnectionBufferBytes = value;
        else if (field == u"budget")
            limits.maxInFlightBytes = value;
        else
            limits.retryAfterSeconds = int(value);
        GatewayFixture gateway;
        QVERIFY(!gateway.start(m_stub, settings));
        QVERIFY2(gateway.error().contains(message), qPrintable(gateway.error()));
    }
};

} // namespace tst_gateway_limits

CUSTOS_TEST_MAIN(tst_gateway_limits::TestGatewayLimits)
#include "tst_gateway_limits.moc"
