// `custosctl explain INTERACTION_ID`: one interaction on one screen (core/explain).
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "EvidenceCommand.h"

#include "core/explain/ExplanationText.h"
#include "core/explain/InteractionExplainer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::explain {
namespace {

// The ledger holds no interaction with the id asked for; scripts tell it from a damaged chain.
constexpr int ExitUnknownInteraction = 4;

const QString kVerb = u"explain"_s;

int complain(const QString &message, int exitCode)
{
    err() << "custosctl explain: " << message << Qt::endl;
    return exitCode;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Explain one interaction: the request and response as received and as passed on, the decision,"
        " the rules that fired and their hits; the policy version (hash, publisher, time, comment); the"
        " exception used, if any (requester, justification, approvers and times, this use); and the"
        " event's place in the hash chain, verified up to it.\n\n"
        "Exit codes: 0 explained and the chain verifies up to the event; 1 explained but the chain does"
        " not verify up to it; 2 bad usage; 3 the store cannot be opened (wrong passphrase or key, or"
        " not a Custos store) or read; 4 the store holds no interaction with this id."_s);
    const evidence::StoreOptions options;
    parser.addOptions({options.store, options.keyFile, options.keychain, options.json});
    parser.addPositionalArgument(u"INTERACTION_ID"_s, u"The interaction id (from an error or the feed)."_s);
    if (!parseOrReport(parser, kVerb, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.isSet(options.store))
        return complain(u"--store PATH is required"_s, ExitUsage);
    if (parser.positionalArguments().size() != 1)
        return complain(u"name exactly one INTERACTION_ID"_s, ExitUsage);
    const QString id = parser.positionalArguments().constFirst().trimmed();
    if (id.isEmpty())
        return complain(u"the interaction id is empty"_s, ExitUsage);
    auto store = evidence::openFrom(parser, options, true);
    if (!store)
        return complain(parser.value(options.store) + u": "_s + store.error().toString(), ExitIoError);
    auto explanation = InteractionExplainer(**store).explain(id);
    if (!explanation)
        return complain(explanation.error().toString(), ExitIoError);
    if (!*explanation)
        return complain(u"no interaction with id %1 in %2 (or its payload was erased by retention; "
                        "`custosctl evidence query --kind interaction` lists what is there)"_s.arg(
                            id, parser.value(options.store)),
                        ExitUnknownInteraction);
    if (parser.isSet(options.json))
        out() << QJsonDocument((*explanation)->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << ExplanationText::format(**explanation) << Qt::flush;
    return (*explanation)->chain.verified ? ExitOk : ExitFailure;
}

const CommandRegistration registration{
    {u"explain"_s, u"one interaction: decision, rules, hits, policy version, exception, chain position"_s,
     run}};

} // namespace
} // namespace custos::ctl::explain
