#include "core/evidence/RouteValidation.h"

#include <QRegularExpression>
#include <QUrl>

namespace custos {
namespace {

constexpr qsizetype kMaxNameLength = 64;

// A URL fit to repeat in a message: never with the password or user someone pasted into it.
QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace

QStringList RouteValidation::kinds()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic")};
}

Result<void> RouteValidation::checkName(const QString &name)
{
    // The policy's identifier rule (PolicyValidator::checkIdentifier): any route a policy can
    // name must be addable to the store.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    if (name.isEmpty())
        return fail(QStringLiteral("the route name is empty; give the name the policy uses, e.g. upstream"));
    if (name.size() > kMaxNameLength)
        return fail(
            QStringLiteral("the route name '%1' is longer than %2 characters").arg(name).arg(kMaxNameLength));
    if (!valid.match(name).hasMatch())
        return fail(QStringLiteral("the route name '%1' may only use letters, digits, '_', '.', ':' and '-'")
                        .arg(name));
    return {};
}

Result<void> RouteValidation::checkKind(const QString &kind)
{
    if (!kinds().contains(kind))
        return fail(QStringLiteral("the route kind '%1' is not one of %2")
                        .arg(kind, kinds().join(QStringLiteral(", "))));
    return {};
}

Result<void> RouteValidation::checkBaseUrl(const QString &baseUrl)
{
    const QString text = baseUrl.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral(
            "the base URL is empty; give an http or https URL, e.g. https://api.openai.com/v1"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return fail(
            QStringLiteral("the base URL '%1' must be an http or https URL, e.g. https://api.openai.com/v1")
                .arg(url.isValid() ? shown(url) : text.section(u'@', -1)));
    if (url.host().isEmpty())
        return fail(QStringLiteral("the base URL '%1' names no host").arg(shown(url)));
    if (!url.userInfo().isEmpty())
        return fail(
            QStringLiteral("the base URL '%1' must not hold a user name or password; the provider key is "
                           "stored apart, encrypted")
                .arg(shown(url)));
    if (url.hasQuery() || url.hasFragment())
        return fail(
            QStringLiteral("the base URL '%1' must not have a query or fragment; the gateway appends the API "
                           "path to it")
                .arg(shown(url)));
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        return fail(
            QStringLiteral("the base URL '%1' must use https: plain http is only allowed to this machine "
                           "(localhost, 127.0.0.1, ::1), since the provider key goes with every request")
                .arg(shown(url)));
    return {};
}

Result<void> RouteValidation::check(const Route &route)
{
    if (auto name = checkName(route.name); !name)
        return name;
    if (auto kind = checkKind(route.kind); !kind)
        return kind;
    return checkBaseUrl(route.baseUrl);
}

QString RouteValidation::normalizedBaseUrl(const QString &baseUrl)
{
    QString stored = QUrl(baseUrl.trimmed(), QUrl::StrictMode).toString(QUrl::StripTrailingSlash);
    // StripTrailingSlash keeps a lone "/" path; the gateway appends "/v1/..." to the base URL.
    while (stored.endsWith(u'/'))
        stored.chop(1);
    return stored;
}

bool RouteValidation::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    // 127.0.0.0/8; QUrl has already normalised an IPv4 literal to four dotted decimals.
    static const QRegularExpression loopbackV4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return loopbackV4.match(host).hasMatch();
}

} // namespace custos
