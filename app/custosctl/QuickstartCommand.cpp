// `custosctl quickstart`: the headless first run that serves. Sets up (or reuses) the default store
// with QuickstartSetup, prints where everything is and the secrets made on this run, then serves
// it like `custosctl serve` until SIGINT or SIGTERM.
#include "Command.h"
#include "CommandRegistry.h"
#include "HeadlessGateway.h"
#include "QuickstartSetup.h"

#include "core/evidence/EvidenceStore.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::quickstart {
namespace {

QString defaultListen()
{
    const QString fromEnvironment = qEnvironmentVariable("CUSTOS_LISTEN");
    return fromEnvironment.isEmpty() ? u"127.0.0.1:8787"_s : fromEnvironment;
}

void printSetup(const DefaultStoreLocation &location, const QuickstartSetup::Outcome &outcome)
{
    QTextStream &o = out();
    o << (outcome.created ? "Custos quickstart: first run, everything below is new.\n"
                          : "Custos quickstart: reusing the store set up earlier.\n");
    for (const QString &note : outcome.notes)
        o << "  note:   " << note << '\n';
    o << "  store:  " << location.store() << '\n'
      << "  key:    " << outcome.keyLocation << '\n'
      << "  policy: " << outcome.policy << '\n'
      << "  admin:  " << outcome.adminName;
    if (!outcome.adminPassword.isEmpty())
        o << ", password " << outcome.adminPassword
          << " (shown only now; change it with: custosctl users passwd " << outcome.adminName << " --store "
          << location.store() << ' ' << outcome.keyOptions << ')';
    o << '\n';
    for (const QString &route : outcome.routes)
        o << "  route:  " << route << '\n';
    if (outcome.demo)
        o << "No OPENAI_API_KEY or ANTHROPIC_API_KEY was set, so the built-in demo route answers: every "
             "answer says it is a demo.\n"
             "Use a real provider instead: OPENAI_API_KEY=sk-... custosctl quickstart (or ./custos.sh run),\n"
             "with OPENAI_BASE_URL for another OpenAI-compatible provider, or ANTHROPIC_API_KEY.\n";
    o << Qt::flush;
}

// The developer key made on this run (or how to get one), then, once serving, how to use it.
// `baseUrl` is empty when the gateway is not serving.
void printDeveloperKey(const DefaultStoreLocation &location, const QuickstartSetup::Outcome &outcome,
                       const QString &baseUrl)
{
    QTextStream &o = out();
    if (outcome.developerKey.isEmpty())
        o << "Developer keys are stored hashed, so the one issued earlier cannot be shown again. Get a new "
             "one "
             "with:\n  custosctl quickstart --new-key\nor: custosctl keys issue --user "
          << outcome.adminName << " --service NAME --store " << location.store() << ' ' << outcome.keyOptions
          << '\n';
    else
        o << "Developer key (shown only now, it is stored hashed): " << outcome.developerKey << '\n';
    if (!baseUrl.isEmpty()) {
        if (!outcome.developerKey.isEmpty())
            o << "Try it:\n"
              << "  curl -s " << baseUrl << "/v1/chat/completions -H 'Authorization: Bearer "
              << outcome.developerKey
              << "' -H 'Content-Type: application/json' -d '{\"model\": \"gpt-4o-mini\", \"messages\": "
                 "[{\"role\": \"user\", \"content\": \"Hello from Custos\"}]}'\n";
        HeadlessGateway::printClientSetup(o, baseUrl, outcome.developerKey);
    }
    o << Qt::flush;
}

class QuickstartCommand : public Command
{
public:
    QuickstartCommand()
        : Command(
              u"quickstart"_s,
              u"Set up and serve a governed gateway in one step. The first run creates the default store "
              u"(CUSTOS_STORE, else in the "
              "XDG data folder (keyed by the OS keychain, else a key file of mode 0600 in the XDG config "
              "folder), an admin (password from CUSTOS_ADMIN_PASSWORD or printed once), the starter policy, "
              "routes from OPENAI_API_KEY / ANTHROPIC_API_KEY (URLs from OPENAI_BASE_URL / "
              "ANTHROPIC_BASE_URL) "
              "or else the built-in demo route, and a developer key printed once. Later runs reuse all of "
              "it; a "
              "provider key set then replaces the demo route."_s)
    {
        addOptions({m_listen, m_newKey, m_noKeychain, m_setupOnly});
    }

protected:
    int execute(const QCommandLineParser &parser) override;

private:
    const QCommandLineOption m_listen{u"listen"_s,
                                      u"Address to listen on (default: CUSTOS_LISTEN or 127.0.0.1:8787)."_s,
                                      u"HOST:PORT"_s, defaultListen()};
    const QCommandLineOption m_newKey{u"new-key"_s, u"Issue and print a new developer key (later runs)."_s};
    const QCommandLineOption m_noKeychain{u"no-keychain"_s,
                                          u"Keep a new store's key in a key file, not the keychain."_s};
    const QCommandLineOption m_setupOnly{u"setup-only"_s,
                                         u"Set up or check the store, then exit without serving."_s};
};

int QuickstartCommand::execute(const QCommandLineParser &parser)
{
    auto options = GatewayOptions::fromListenSpec(parser.value(m_listen), false);
    if (!options)
        return complain(options.error().toString(), ExitUsage);

    const auto location = DefaultStoreLocation::standard();
    auto outcome = QuickstartSetup(location).run({!parser.isSet(m_noKeychain), parser.isSet(m_newKey)});
    if (!outcome)
        return complain(outcome.error().toString(), ExitIoError);
    printSetup(location, *outcome);
    if (parser.isSet(m_setupOnly)) {
        printDeveloperKey(location, *outcome, {});
        return ExitOk;
    }
    HeadlessGateway gateway;
    if (auto governed = gateway.governBy(outcome->store); !governed)
        return complain(governed.error().toString(), ExitIoError);
    const auto baseUrl = gateway.start(*options);
    if (!baseUrl) {
        printDeveloperKey(location, *outcome, {}); // a key made on this run must not be lost with the port
        return complain(
            u"%1. The store is set up and nothing was lost: free the port, or pick another with "
            "--listen HOST:PORT or CUSTOS_LISTEN, and run again."_s.arg(baseUrl.error().toString()),
            ExitIoError);
    }
    printDeveloperKey(location, *outcome, *baseUrl);
    out() << "Evidence: custosctl evidence tail --store " << location.store() << ' ' << outcome->keyOptions
          << '\n'
          << "Custos gateway listening on " << *baseUrl << " (Ctrl+C stops it)" << Qt::endl;
    return HeadlessGateway::runUntilSignalled();
}

const CommandRegistration registration{u"set up the default store (first run) and serve it"_s,
                                       std::make_shared<QuickstartCommand>()};

} // namespace
} // namespace custos::ctl::quickstart
