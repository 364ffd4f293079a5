// `custosctl evidence erase`.
#include "CommandLine.h"
#include "StoreCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceEraseCommand : public StoreCommand
{
public:
    EvidenceEraseCommand()
        : StoreCommand(
              u"evidence erase"_s,
              u"Tombstone a data subject's content: every payload of --user, or of the events matching "
              "--text. Events under a legal hold are kept, and the command says so."_s)
    {
        addOptions({m_user, m_text, m_reason});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if ((!parser.isSet(m_user) && !parser.isSet(m_text)) || parser.value(m_reason).isEmpty())
            return complain(u"erase needs --user or --text, and --reason"_s, ExitUsage);
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        EvidenceQuery query;
        query.user = parser.value(m_user);
        query.text = parser.value(m_text);
        auto result = (*store)->eraseMatching(query, actor(parser), parser.value(m_reason));
        if (!result)
            return complain(result.error().toString(), ExitIoError);
        printRetention(wantsJson(parser), *result);
        return ExitOk;
    }

private:
    const QCommandLineOption m_user{u"user"_s, u"The data subject's user id."_s, u"ID"_s};
    const QCommandLineOption m_text{u"text"_s, u"Erase the events whose prompts or responses match."_s,
                                    u"WORDS"_s};
    const QCommandLineOption m_reason{u"reason"_s, u"Why (e.g. the request's reference)."_s, u"TEXT"_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceEraseCommand()
{
    return std::make_unique<EvidenceEraseCommand>();
}

} // namespace custos::ctl::evidence
