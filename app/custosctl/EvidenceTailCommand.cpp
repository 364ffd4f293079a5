// `custosctl evidence tail [-f]`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceTailCommand : public StoreCommand
{
public:
    EvidenceTailCommand()
        : StoreCommand(u"evidence tail"_s, u"Print the latest events; with -f, keep printing new ones."_s)
    {
        addOptions({m_follow, m_lines});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const bool json = wantsJson(parser);
        const auto print = [json](const EvidenceEvent &event) {
            out() << (json ? QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact))
                           : describeEvent(event))
                  << Qt::endl;
        };
        EvidenceQuery latest;
        latest.limit = std::clamp(parser.value(m_lines).toInt(), 1, EvidenceQuery::kMaxLimit);
        auto page = (*store)->query(latest);
        if (!page)
            return complain(page.error().toString(), ExitIoError);
        qint64 lastSeq = page->events.isEmpty() ? 0 : page->events.constFirst().seq;
        for (auto it = page->events.crbegin(); it != page->events.crend(); ++it)
            print(*it);
        while (parser.isSet(m_follow)) {
            QThread::msleep(250);
            EvidenceQuery newer;
            newer.newestFirst = false;
            newer.afterSeq = lastSeq;
            newer.limit = 1000;
            auto next = (*store)->query(newer);
            if (!next)
                return complain(next.error().toString(), ExitIoError);
            for (const EvidenceEvent &event : std::as_const(next->events)) {
                print(event);
                lastSeq = event.seq;
            }
        }
        return ExitOk;
    }

private:
    const QCommandLineOption m_follow{{u"f"_s, u"follow"_s}, u"Follow new events."_s};
    const QCommandLineOption m_lines{{u"n"_s, u"lines"_s}, u"How many (default 10)."_s, u"N"_s, u"10"_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceTailCommand()
{
    return std::make_unique<EvidenceTailCommand>();
}

} // namespace custos::ctl::evidence
