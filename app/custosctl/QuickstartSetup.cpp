#include "QuickstartSetup.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/Credentials.h"
#include "core/identity/PasswordHasher.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"
#include "gateway/DemoRouteDirectory.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

// A provider the environment can configure: its key variable, URL variable and the route name the
// starter policy sends that kind of model to.
struct ProviderRoute
{
    const char *keyVariable;
    const char *urlVariable;
    QString route;
    QString kind;
    QString defaultUrl;
};

const ProviderRoute kProviders[] = {
    {"OPENAI_API_KEY", "OPENAI_BASE_URL", u"upstream"_s, u"openai"_s, u"https://api.openai.com/v1"_s},
    {"ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", u"anthropic"_s, u"anthropic"_s,
     u"https://api.anthropic.com"_s},
};

Result<Route> routeFromEnvironment(const ProviderRoute &provider)
{
    Route route{provider.route, provider.kind, qEnvironmentVariable(provider.urlVariable),
                qEnvironmentVariable(provider.keyVariable)};
    if (route.baseUrl.isEmpty())
        route.baseUrl = provider.defaultUrl;
    const QUrl url(route.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return fail(
            u"%1 '%2' is not an http(s) URL"_s.arg(QLatin1StringView(provider.urlVariable), route.baseUrl));
    return route;
}

// Checks the environment before anything is written, so a mistake there leaves no trace.
Result<void> checkEnvironment()
{
    for (const ProviderRoute &provider : kProviders)
        if (!qEnvironmentVariableIsEmpty(provider.keyVariable))
            if (auto route = routeFromEnvironment(provider); !route)
                return std::unexpected(route.error());
    const QString password = qEnvironmentVariable("CUSTOS_ADMIN_PASSWORD");
    if (!password.isEmpty() && password.size() < PasswordHasher::minimumPasswordLength)
        return fail(u"CUSTOS_ADMIN_PASSWORD needs at least %1 characters"_s.arg(
            PasswordHasher::minimumPasswordLength));
    return {};
}

QString generatedPassword()
{
    static constexpr QStringView kAlphabet = u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password += kAlphabet.at(QRandomGenerator::system()->bounded(int(kAlphabet.size())));
    return password;
}

Result<QByteArray> starterPolicy()
{
    QFile file(u":/custos/policies/starter.yaml"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"the starter policy is missing from this build"_s, file.fileName());
    return file.readAll();
}

Result<void> makeFolder(const QString &path, const QString &variable)
{
    if (QDir().mkpath(path) && QFileInfo(path).isDir() && QFileInfo(path).isWritable())
        return {};
    return fail(u"cannot create or write the folder (set %1 to a writable folder)"_s.arg(variable), path);
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

} // namespace

QuickstartSetup::QuickstartSetup(DefaultStoreLocation location)
    : m_location(std::move(location))
{}

Result<QuickstartSetup::Outcome> QuickstartSetup::run(const Request &request)
{
    if (auto checked = checkEnvironment(); !checked)
        return std::unexpected(checked.error());
    return QFile::exists(m_location.store()) ? reuseStore(request) : createStore(request);
}

void QuickstartSetup::removeHalfMadeStore(Outcome &outcome) const
{
    if (!QFile::exists(partialStore()))
        return;
    removeStoreFiles(partialStore());
    outcome.notes << u"Removed a half-made store left by an interrupted run (%1)."_s.arg(partialStore());
}

Result<QuickstartSetup::Outcome> QuickstartSetup::createStore(const Request &request)
{
    Outcome outcome;
    outcome.created = true;
    if (auto made = makeFolder(m_location.dataDir(), m_location.dataVariable()); !made)
        return std::unexpected(made.error());
    removeHalfMadeStore(outcome);

    Result<KeySource> key = fail(QString());
    if (request.useKeychain && !QFile::exists(m_location.keyFile())) {
        key = KeySource::createInKeychain(m_location.keychainAccount(),
                                          DefaultStoreLocation::keychainService());
        if (key) {
            outcome.keyLocation = m_location.keychainDescription();
            outcome.keyOptions = m_location.keychainOptions();
        } else {
            outcome.notes
                << u"The OS keychain refused the store key (%1), so it is kept in a key file instead."_s.arg(
                       key.error().message);
        }
    }
    if (!key) {
        if (auto made = makeFolder(m_location.configDir(), u"XDG_CONFIG_HOME"_s); !made)
            return std::unexpected(made.error());
        const bool leftOver = QFile::exists(m_location.keyFile());
        key = leftOver ? KeySource::fromKeyFile(m_location.keyFile())
                       : KeySource::createKeyFile(m_location.keyFile());
        if (!key)
            return std::unexpected(key.error());
        if (leftOver)
            outcome.notes << u"Using the key file an earlier, unfinished run made."_s;
        outcome.keyLocation = m_location.keyFileDescription();
        outcome.keyOptions = m_location.keyFileOptions();
    }

    // Everything is built under a scratch name and renamed at the end, so a run that fails half way
    // never leaves a store that a later run would take as complete.
    {
        auto partial = EvidenceStore::create(partialStore(), *key);
        if (!partial) {
            removeStoreFiles(partialStore());
            return fail(u"cannot create the store: %1"_s.arg(partial.error().toString()),
                        m_location.dataDir());
        }
        if (auto populated = populate(**partial, outcome); !populated) {
            partial->reset();
            removeStoreFiles(partialStore());
            return std::unexpected(populated.error());
        }
    }
    if (!QFile::rename(partialStore(), m_location.store())) {
        removeStoreFiles(partialStore());
        return fail(u"cannot move the new store into place"_s, m_location.store());
    }
    removeStoreFiles(partialStore());
    auto store = EvidenceStore::open(m_location.store(), *key);
    if (!store)
        return std::unexpected(store.error());
    outcome.store = std::move(*store);
    describePolicy(*outcome.store, outcome);
    describeRoutes(*outcome.store, outcome);
    return outcome;
}

Result<void> QuickstartSetup::populate(EvidenceStore &store, Outcome &outcome) const
{
    const auto policy = starterPolicy();
    if (!policy)
        return std::unexpected(policy.error());
    outcome.adminName = QString::fromLatin1(kAdminName);
    QString password = qEnvironmentVariable("CUSTOS_ADMIN_PASSWORD");
    if (password.isEmpty())
        outcome.adminPassword = password = generatedPassword();
    UserService users(store, std::make_shared<UserDirectory>());
    if (auto added = users.addUser({},
                                   NewUser{outcome.adminName,
                                           u"Quickstart admin"_s,
                                           {Role::Admin, Role::RiskOfficer, Role::Approver},
                                           {}},
                                   password);
        !added)
        return std::unexpected(added.error());
    if (auto published = PolicyVersions(store, users.sharedDirectory())
                             .publish(*policy, u"quickstart: the starter policy"_s,
                                      Credentials::withPassword(outcome.adminName, password));
        !published)
        return std::unexpected(published.error());
    if (auto routed = applyProviderRoutes(store, true, outcome); !routed)
        return routed;
    auto key = store.issueApiKey(outcome.adminName, QString::fromLatin1(kService), outcome.adminName);
    if (!key)
        return std::unexpected(key.error());
    outcome.developerKey = *key;
    return {};
}

Result<void> QuickstartSetup::applyProviderRoutes(EvidenceStore &store, bool firstRun, Outcome &outcome) const
{
    const QString actor = QString::fromLatin1(kAdminName);
    auto existing = store.routes();
    if (!existing)
        return std::unexpected(existing.error());
    bool real =
        std::ranges::any_of(*existing, [](const Route &route) { return !DemoRouteDirectory::isDemo(route); });
    for (const ProviderRoute &provider : kProviders) {
        if (qEnvironmentVariableIsEmpty(provider.keyVariable))
            continue;
        const Route route = *routeFromEnvironment(provider);
        const auto same = std::ranges::find_if(*existing, [&](const Route &old) {
            return old.name == route.name && old.kind == route.kind && old.baseUrl == route.baseUrl &&
                   old.apiKey == route.apiKey;
        });
        if (same == existing->cend()) {
            if (auto put = store.putRoute(route, actor); !put)
                return put;
            outcome.notes << u"Route %1 now goes to %2 with the key from %3."_s.arg(
                route.name, route.baseUrl, QLatin1StringView(provider.keyVariable));
        }
        real = true;
    }
    const bool hasDemo = std::ranges::any_of(*existing, &DemoRouteDirectory::isDemo);
    if (real && hasDemo) {
        if (auto removed = store.removeRoute(DemoRouteDirectory::kName.toString(), actor); !removed)
            return removed;
        outcome.notes << u"Removed the built-in demo route: a real provider is configured."_s;
    } else if (!real && firstRun) {
        if (auto put = store.putRoute(DemoRouteDirectory::storedRoute(), actor); !put)
            return put;
    }
    return {};
}

Result<QuickstartSetup::Outcome> QuickstartSetup::reuseStore(const Request &request)
{
    Outcome outcome;
    removeHalfMadeStore(outcome);
    const QString keyFilePath = m_location.keyFile();
    const bool keyFile = QFile::exists(keyFilePath);
    auto key =
        keyFile ? KeySource::fromKeyFile(keyFilePath)
                : KeySource::keychain(m_location.keychainAccount(), DefaultStoreLocation::keychainService())
                      .resolved();
    if (!key)
        return fail(u"the store exists, but its key is neither in %1 nor readable from the OS keychain (%2); "
                    "nothing was changed"_s.arg(keyFilePath, key.error().message),
                    m_location.store());
    outcome.keyLocation = keyFile ? m_location.keyFileDescription() : m_location.keychainDescription();
    outcome.keyOptions = keyFile ? m_location.keyFileOptions() : m_location.keychainOptions();
    auto store = EvidenceStore::open(m_location.store(), *key);
    if (!store)
        return std::unexpected(store.error());
    outcome.store = std::move(*store);
    outcome.adminName = QString::fromLatin1(kAdminName);
    if (auto routed = applyProviderRoutes(*outcome.store, false, outcome); !routed)
        return std::unexpected(routed.error());
    if (request.newDeveloperKey) {
        auto issued =
            outcome.store->issueApiKey(outcome.adminName, QString::fromLatin1(kService), outcome.adminName);
        if (!issued)
            return std::unexpected(issued.error());
        outcome.developerKey = *issued;
    }
    describePolicy(*outcome.store, outcome);
    describeRoutes(*outcome.store, outcome);
    return outcome;
}

void QuickstartSetup::describePolicy(EvidenceStore &store, Outcome &outcome) const
{
    const auto active = PolicyVersions(store, nullptr).active();
    if (!active || !*active) {
        outcome.policy = u"none published: model requests are refused (custosctl policy publish)"_s;
        return;
    }
    const PublishedVersion &version = **active;
    outcome.policy = u"'%1' (%2), version %3, published by %4 in the store's ledger"_s.arg(
        version.policyId, version.title, version.hash.left(12), version.author);
}

void QuickstartSetup::describeRoutes(EvidenceStore &store, Outcome &outcome) const
{
    const auto routes = store.routes();
    if (!routes)
        return;
    for (const Route &route : *routes) {
        outcome.demo = outcome.demo || DemoRouteDirectory::isDemo(route);
        outcome.routes
            << (DemoRouteDirectory::isDemo(route)
                    ? u"%1 (built in: answers locally with demo answers, no provider)"_s.arg(route.name)
                    : u"%1 (%2) -> %3%4"_s.arg(route.name, route.kind, route.baseUrl,
                                               route.apiKey.isEmpty() ? u", no key"_s : QString()));
    }
}

} // namespace custos::ctl
