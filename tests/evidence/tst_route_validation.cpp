#include "tests/support/CustosTest.h"

#include "core/evidence/RouteValidation.h"

namespace tst_route_validation {

using namespace custos;
using namespace Qt::StringLiterals;

// The one route check the command line, the settings page and the wizard share. An empty
// `refusal` means the route is accepted; otherwise the message must contain it (the field and
// the reason), and must never repeat a password found in the URL.
class TestRouteValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("https") << u"https://api.openai.com/v1"_s << QString();
        QTest::newRow("https with port") << u"https://llm.example.com:8443/v1"_s << QString();
        QTest::newRow("https trailing slash") << u"https://api.anthropic.com/"_s << QString();
        QTest::newRow("surrounding spaces") << u"  https://api.openai.com/v1  "_s << QString();
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v1"_s << QString();
        QTest::newRow("http 127.x.y.z") << u"http://127.10.0.3:11434/v1"_s << QString();
        QTest::newRow("http localhost") << u"http://localhost:11434/v1"_s << QString();
        QTest::newRow("http ::1") << u"http://[::1]:8000/v1"_s << QString();
        QTest::newRow("http remote") << u"http://api.openai.com/v1"_s << u"must use https"_s;
        QTest::newRow("http lan") << u"http://10.0.0.5:8000/v1"_s << u"must use https"_s;
        QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/v1"_s << u"must use https"_s;
        QTest::newRow("http localhost lookalike")
            << u"http://localhost.example.com/v1"_s << u"must use https"_s;
        QTest::newRow("empty") << QString() << u"the base URL is empty"_s;
        QTest::newRow("blank") << u"   "_s << u"the base URL is empty"_s;
        QTest::newRow("not a url") << u"not a url"_s << u"must be an http or https URL"_s;
        QTest::newRow("ftp") << u"ftp://files.example.com/v1"_s << u"must be an http or https URL"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << u"must be an http or https URL"_s;
        QTest::newRow("no host") << u"https:///v1"_s << u"names no host"_s;
        QTest::newRow("password") << u"https://me:hunter2secret@api.openai.com/v1"_s
                                  << u"must not hold a user name or password"_s;
        QTest::newRow("user only") << u"https://me@api.openai.com/v1"_s
                                   << u"must not hold a user name or password"_s;
        QTest::newRow("query") << u"https://api.openai.com/v1?key=abc"_s
                               << u"must not have a query or fragment"_s;
        QTest::newRow("empty query") << u"https://api.openai.com/v1?"_s
                                     << u"must not have a query or fragment"_s;
        QTest::newRow("fragment") << u"https://api.openai.com/v1#x"_s
                                  << u"must not have a query or fragment"_s;
    }

    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, refusal);
        const auto checked = RouteValidation::checkBaseUrl(url);
        if (refusal.isEmpty()) {
            QVERIFY2(checked, checked ? "" : qPrintable(checked.error().toString()));
            return;
        }
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(refusal), qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(u"base URL"_s), qPrintable(checked.error().message));
        QVERIFY(!checked.error().message.contains(u"hunter2secret"_s));
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("plain") << u"upstream"_s << QString();
        QTest::newRow("digits, _ and -") << u"azure_eu-2"_s << QString();
        QTest::newRow("one character") << u"a"_s << QString();
        QTest::newRow("64 characters") << QString(64, u'x') << QString();
        QTest::newRow("65 characters") << QString(65, u'x') << u"longer than 64"_s;
        QTest::newRow("empty") << QString() << u"the route name is empty"_s;
        QTest::newRow("as a policy may name it") << u"Azure.EU:west-1"_s << QString();
        QTest::newRow("space") << u"my route"_s << u"may only use letters, digits"_s;
        QTest::newRow("slash") << u"a/b"_s << u"may only use letters, digits"_s;
        QTest::newRow("non-ascii") << u"r\u00e9seau"_s << u"may only use letters, digits"_s;
    }

    void name()
    {
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        const auto checked = RouteValidation::checkName(name);
        if (refusal.isEmpty()) {
            QVERIFY2(checked, checked ? "" : qPrintable(checked.error().toString()));
            return;
        }
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(refusal), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(u"route name"_s));
    }

    void kind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("openai") << u"openai"_s << true;
        QTest::newRow("anthropic") << u"anthropic"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << u"OpenAI"_s << false;
        QTest::newRow("unknown") << u"gemini"_s << false;
    }

    void kind()
    {
        QFETCH(QString, kind);
        QFETCH(bool, accepted);
        const auto checked = RouteValidation::checkKind(kind);
        QCOMPARE(bool(checked), accepted);
        if (!accepted) {
            QVERIFY(checked.error().message.contains(u"route kind '%1'"_s.arg(kind)));
            QVERIFY(checked.error().message.contains(u"openai, anthropic"_s));
        }
    }

    void wholeRouteReportsTheFirstBadField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("good") << u"upstream"_s << u"openai"_s << u"https://api.openai.com/v1"_s << QString();
        QTest::newRow("bad name first") << u"Bad Name"_s << u"gemini"_s << u"ftp://x"_s << u"route name"_s;
        QTest::newRow("then kind") << u"upstream"_s << u"gemini"_s << u"ftp://x"_s << u"route kind"_s;
        QTest::newRow("then url") << u"upstream"_s << u"anthropic"_s << u"ftp://x"_s << u"base URL"_s;
    }

    void wholeRouteReportsTheFirstBadField()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, url);
        QFETCH(QString, refusal);
        const auto checked = RouteValidation::check(Route{name, kind, url, u"sk-secret"_s});
        QCOMPARE(bool(checked), refusal.isEmpty());
        if (!checked)
            QVERIFY2(checked.error().message.contains(refusal), qPrintable(checked.error().message));
    }

    void normalizedBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("stored");
        QTest::newRow("as is") << u"https://api.openai.com/v1"_s << u"https://api.openai.com/v1"_s;
        QTest::newRow("trailing slash") << u"https://api.anthropic.com/"_s << u"https://api.anthropic.com"_s;
        QTest::newRow("spaces") << u" http://127.0.0.1:9/v1/ "_s << u"http://127.0.0.1:9/v1"_s;
    }

    void normalizedBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, stored);
        QCOMPARE(RouteValidation::normalizedBaseUrl(url), stored);
    }
};

} // namespace tst_route_validation

CUSTOS_GUILESS_TEST_MAIN(tst_route_validation::TestRouteValidation)
#include "tst_route_validation.moc"
