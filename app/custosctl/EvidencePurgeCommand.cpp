// `custosctl evidence purge`.
#include "CommandLine.h"
#include "StoreCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

// "NAME=DAYS" pairs of --service-days and --class-days.
Result<QMap<QString, int>> daysByName(const QStringList &pairs, const QString &option)
{
    QMap<QString, int> days;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        bool ok = false;
        const int value = equals > 0 ? pair.mid(equals + 1).toInt(&ok) : 0;
        if (!ok || value < 0)
            return fail(u"--%1 expects NAME=DAYS, got '%2'"_s.arg(option, pair));
        days.insert(pair.left(equals), value);
    }
    return days;
}

class EvidencePurgeCommand : public StoreCommand
{
public:
    EvidencePurgeCommand()
        : StoreCommand(
              u"evidence purge"_s,
              u"Replace payloads older than their retention period with tombstones (digests stay, so "
              "the chain still verifies). Events under a legal hold are kept."_s)
    {
        addOptions({m_defaultDays, m_serviceDays, m_classDays, m_now});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        RetentionRules rules;
        bool ok = false;
        rules.defaultDays = parser.value(m_defaultDays).toInt(&ok);
        if (!ok || rules.defaultDays < 0)
            return complain(u"--default-days expects a number of days"_s, ExitUsage);
        auto services = daysByName(parser.values(m_serviceDays), u"service-days"_s);
        auto classes = daysByName(parser.values(m_classDays), u"class-days"_s);
        if (!services || !classes)
            return complain((services ? classes.error() : services.error()).toString(), ExitUsage);
        rules.serviceDays = *services;
        rules.dataClassDays = *classes;
        QDateTime asOf = QDateTime::currentDateTimeUtc();
        if (parser.isSet(m_now)) {
            asOf = QDateTime::fromString(parser.value(m_now), Qt::ISODateWithMs);
            if (!asOf.isValid())
                return complain(u"--now expects an ISO 8601 time"_s, ExitUsage);
        }
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        auto result = (*store)->purge(rules, asOf, actor(parser));
        if (!result)
            return complain(result.error().toString(), ExitIoError);
        printRetention(wantsJson(parser), *result);
        return ExitOk;
    }

private:
    const QCommandLineOption m_defaultDays{u"default-days"_s, u"Retention of every service (0: forever)."_s,
                                           u"DAYS"_s, u"0"_s};
    const QCommandLineOption m_serviceDays{u"service-days"_s, u"Retention of one service."_s, u"NAME=DAYS"_s};
    const QCommandLineOption m_classDays{u"class-days"_s, u"Shorter retention of a data class."_s,
                                         u"NAME=DAYS"_s};
    const QCommandLineOption m_now{u"now"_s, u"Purge as of this time (ISO 8601; default: now)."_s, u"TIME"_s};
};

} // namespace

std::unique_ptr<Command> makeEvidencePurgeCommand()
{
    return std::make_unique<EvidencePurgeCommand>();
}

} // namespace custos::ctl::evidence
