// `custosctl explain INTERACTION_ID`: one interaction on one screen (core/explain).
#include "CommandRegistry.h"
#include "StoreCommand.h"

#include "core/explain/ExplanationText.h"
#include "core/explain/InteractionExplainer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::explain {
namespace {

// The ledger holds no interaction with the id asked for; scripts tell it from a damaged chain.
constexpr int ExitUnknownInteraction = 4;

class ExplainCommand : public StoreCommand
{
public:
    ExplainCommand()
        : StoreCommand(
              u"explain"_s,
              u"Explain one interaction: the request and response as received and as passed on, the decision,"
              " the rules that fired and their hits; the policy version (hash, publisher, time, comment); the"
              " exception used, if any (requester, justification, approvers and times, this use); and the"
              " event's place in the hash chain, verified up to it.\n\n"
              "Exit codes: 0 explained and the chain verifies up to the event; 1 explained but the chain does"
              " not verify up to it; 2 bad usage; 3 the store cannot be opened (wrong passphrase or key, or"
              " not a Custos store) or read; 4 the store holds no interaction with this id."_s)
    {
        addLedgerOptions();
        addPositionalArgument(u"INTERACTION_ID"_s, u"The interaction id (from an error or the feed)."_s);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return complain(u"name exactly one INTERACTION_ID"_s, ExitUsage);
        const QString id = parser.positionalArguments().constFirst().trimmed();
        if (id.isEmpty())
            return complain(u"the interaction id is empty"_s, ExitUsage);
        auto store = openStore(parser, true);
        if (!store)
            return complain(parser.value(m_store.store) + u": "_s + store.error().toString(), ExitIoError);
        auto explanation = InteractionExplainer(**store).explain(id);
        if (!explanation)
            return complain(explanation.error().toString(), ExitIoError);
        if (!*explanation)
            return complain(u"no interaction with id %1 in %2 (or its payload was erased by retention; "
                            "`custosctl evidence query --kind interaction` lists what is there)"_s.arg(
                                id, parser.value(m_store.store)),
                            ExitUnknownInteraction);
        if (parser.isSet(m_store.json))
            out() << QJsonDocument((*explanation)->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out() << ExplanationText::format(**explanation) << Qt::flush;
        return (*explanation)->chain.verified ? ExitOk : ExitFailure;
    }
};

const CommandRegistration registration{
    u"one interaction: decision, rules, hits, policy version, exception, chain position"_s,
    std::make_shared<ExplainCommand>()};

} // namespace
} // namespace custos::ctl::explain
