// `custosctl keys issue|list|revoke`: the Custos API keys developers use instead of provider keys.
// A key is printed once when issued; the store keeps only its SHA-256 and a short prefix.
#include "CommandGroup.h"
#include "CommandRegistry.h"
#include "StoreCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::ctl::keys {
namespace {

const QString kUsage = QStringLiteral(
    "usage: custosctl keys issue --user USER --service SERVICE\n"
    "       custosctl keys list [--json]\n"
    "       custosctl keys revoke PREFIX\n"
    "Every form takes --store PATH and the store key (--key-file, --keychain or CUSTOS_PASSPHRASE).\n");

class KeysIssueCommand : public StoreCommand
{
public:
    KeysIssueCommand()
        : StoreCommand(QStringLiteral("keys issue"),
                       QStringLiteral("Issue a Custos API key; it is printed once."))
    {
        addOptions({m_user, m_service});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.value(m_user).isEmpty() || parser.value(m_service).isEmpty())
            return complain(QStringLiteral("--user and --service are required"), ExitUsage);
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const auto key = (*store)->issueApiKey(parser.value(m_user), parser.value(m_service), actor(parser));
        if (!key)
            return complain(key.error().toString(), ExitIoError);
        out() << *key << '\n' << Qt::flush;
        err() << "Issued for user " << parser.value(m_user) << ", service " << parser.value(m_service)
              << ". It is shown only now: store it where the service reads its OPENAI_API_KEY or "
                 "ANTHROPIC_API_KEY.\n"
              << Qt::flush;
        return ExitOk;
    }

private:
    const QCommandLineOption m_user{QStringLiteral("user"), QStringLiteral("Who the key belongs to."),
                                    QStringLiteral("USER")};
    const QCommandLineOption m_service{QStringLiteral("service"), QStringLiteral("The service using it."),
                                       QStringLiteral("SERVICE")};
};

class KeysListCommand : public StoreCommand
{
public:
    KeysListCommand()
        : StoreCommand(QStringLiteral("keys list"))
    {
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const auto keys = (*store)->apiKeys();
        if (!keys)
            return complain(keys.error().toString(), ExitIoError);
        QJsonArray json;
        for (const ApiKeyRecord &key : *keys) {
            json.append(toJson(key));
            if (!parser.isSet(m_store.json))
                out() << key.prefix.leftJustified(18) << ' ' << key.user.leftJustified(14) << ' '
                      << key.service.leftJustified(14) << ' ' << key.created.toString(Qt::ISODate)
                      << (key.revoked.isValid()
                              ? QStringLiteral("  revoked ") + key.revoked.toString(Qt::ISODate)
                              : QString())
                      << '\n';
        }
        if (parser.isSet(m_store.json))
            out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out() << Qt::flush;
        return ExitOk;
    }

private:
    static QJsonObject toJson(const ApiKeyRecord &key)
    {
        const QString revoked = key.revoked.isValid() ? key.revoked.toString(Qt::ISODate) : QString();
        return {{QStringLiteral("prefix"), key.prefix},
                {QStringLiteral("user"), key.user},
                {QStringLiteral("service"), key.service},
                {QStringLiteral("created"), key.created.toString(Qt::ISODate)},
                {QStringLiteral("revoked"), revoked.isEmpty() ? QJsonValue() : QJsonValue(revoked)}};
    }
};

class KeysRevokeCommand : public StoreCommand
{
public:
    KeysRevokeCommand()
        : StoreCommand(QStringLiteral("keys revoke"))
    {
        addPositionalArgument(QStringLiteral("PREFIX"), QStringLiteral("The key's prefix, as listed."));
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return complain(QStringLiteral("give exactly one key PREFIX"), ExitUsage);
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const QString prefix = parser.positionalArguments().constFirst();
        if (auto revoked = (*store)->revokeApiKey(prefix, actor(parser)); !revoked)
            return complain(revoked.error().toString(), ExitFailure);
        out() << "key " << prefix << " revoked\n" << Qt::flush;
        return ExitOk;
    }
};

std::shared_ptr<Command> makeKeysCommand()
{
    auto group = std::make_shared<CommandGroup>(QStringLiteral("keys"), kUsage);
    group->add(std::make_unique<KeysIssueCommand>());
    group->add(std::make_unique<KeysListCommand>());
    group->add(std::make_unique<KeysRevokeCommand>());
    return group;
}

const CommandRegistration registration{QStringLiteral("issue, list and revoke Custos API keys"),
                                       makeKeysCommand()};

} // namespace
} // namespace custos::ctl::keys
