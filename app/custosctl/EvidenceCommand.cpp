// `custosctl evidence ...`: the group of the ledger's subcommands, and the helpers that open a
// store from the command line.
#include "EvidenceCommand.h"

#include "CommandGroup.h"
#include "CommandLine.h"
#include "CommandRegistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

struct EvidenceSubcommand
{
    const char *name;
    const char *summary;
    std::unique_ptr<Command> (*make)();
};

const EvidenceSubcommand kEvidenceSubcommands[] = {
    {"init", "create an encrypted store (with --key-file: a new raw key file, mode 0600)",
     makeEvidenceInitCommand},
    {"verify", "recompute the hash chain; check checkpoints, the witness, the query tables and every page",
     makeEvidenceVerifyCommand},
    {"query", "list events by time, service, user, decision, rule, class, exception or text",
     makeEvidenceQueryCommand},
    {"tail", "print the latest events; -f follows new ones", makeEvidenceTailCommand},
    {"hold", "place, release or list legal holds", makeEvidenceHoldCommand},
    {"purge", "tombstone payloads past their retention period", makeEvidencePurgeCommand},
    {"erase", "tombstone a data subject's content", makeEvidenceEraseCommand},
    {"rekey", "re-encrypt the store under a new passphrase or key file", makeEvidenceRekeyCommand},
    {"checkpoints", "list the signed checkpoints", makeEvidenceCheckpointsCommand},
    {"export-checkpoints", "write the signed checkpoints to a file kept elsewhere",
     makeEvidenceExportCheckpointsCommand},
    {"witness", "print the newest signed checkpoint (and where the witness file is), to keep elsewhere",
     makeEvidenceWitnessCommand},
};

QString evidenceUsage()
{
    QString usage = u"usage: custosctl evidence SUBCOMMAND --store PATH [OPTIONS]\n\nsubcommands:\n"_s;
    for (const EvidenceSubcommand &sub : kEvidenceSubcommands)
        usage += u"  "_s + QString::fromLatin1(sub.name).leftJustified(20) +
                 QString::fromLatin1(sub.summary) + u'\n';
    return usage +
           u"\nThe key comes from --key-file FILE, --keychain ACCOUNT, the CUSTOS_PASSPHRASE variable, or a\n"
           "prompt on the terminal. Run 'custosctl evidence SUBCOMMAND --help' for its options.\n"_s;
}

std::shared_ptr<Command> makeEvidenceCommand()
{
    auto group = std::make_shared<CommandGroup>(u"evidence"_s, evidenceUsage());
    for (const EvidenceSubcommand &sub : kEvidenceSubcommands)
        group->add(sub.make());
    return group;
}

const CommandRegistration registration{
    u"the encrypted evidence ledger: init, verify, query, tail, hold, purge, rekey"_s, makeEvidenceCommand()};

// Reads one line from /dev/tty with echo off.
Result<QString> readHidden(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return fail(u"no passphrase: use --key-file FILE or CUSTOS_PASSPHRASE when there is no terminal"_s);
    const QByteArray promptBytes = prompt.toLocal8Bit();
    [[maybe_unused]] auto written = ::write(tty, promptBytes.constData(), size_t(promptBytes.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    written = ::write(tty, "\n", 1);
    ::close(tty);
    return QString::fromLocal8Bit(line);
}

} // namespace

Result<QString> promptPassphrase(const QString &prompt, bool confirm)
{
    auto first = readHidden(prompt);
    if (!first)
        return first;
    if (first->isEmpty())
        return fail(u"the passphrase is empty"_s);
    if (!confirm)
        return first;
    auto second = readHidden(u"Repeat the passphrase: "_s);
    if (!second)
        return second;
    if (*first != *second)
        return fail(u"the passphrases differ"_s);
    return first;
}

Result<KeySource> keyFrom(const QCommandLineParser &parser, const StoreOptions &options)
{
    if (parser.isSet(options.keyFile))
        return KeySource::fromKeyFile(parser.value(options.keyFile));
    if (parser.isSet(options.keychain))
        return KeySource::keychain(parser.value(options.keychain));
    const QByteArray fromEnvironment = qgetenv("CUSTOS_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return KeySource::passphrase(QString::fromLocal8Bit(fromEnvironment));
    auto typed = promptPassphrase(u"Passphrase for %1: "_s.arg(parser.value(options.store)), false);
    if (!typed)
        return std::unexpected(typed.error());
    return KeySource::passphrase(*typed);
}

Result<KeySource> newKeyFrom(const QString &keyFile, const char *variable)
{
    if (!keyFile.isEmpty())
        return QFile::exists(keyFile) ? KeySource::fromKeyFile(keyFile) : KeySource::createKeyFile(keyFile);
    if (!qEnvironmentVariableIsEmpty(variable))
        return KeySource::passphrase(qEnvironmentVariable(variable));
    auto typed = promptPassphrase(u"New passphrase: "_s, true);
    if (!typed)
        return std::unexpected(typed.error());
    return KeySource::passphrase(*typed);
}

Result<std::unique_ptr<EvidenceStore>> openFrom(const QCommandLineParser &parser, const StoreOptions &options,
                                                bool readOnly)
{
    auto key = keyFrom(parser, options);
    if (!key)
        return std::unexpected(key.error());
    EvidenceStore::Options storeOptions;
    storeOptions.readOnly = readOnly;
    return EvidenceStore::open(parser.value(options.store), *key, storeOptions);
}

QString actorFrom(const QCommandLineParser &parser, const StoreOptions &options)
{
    if (parser.isSet(options.actor))
        return parser.value(options.actor);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"custosctl"_s : user;
}

QString describeEvent(const EvidenceEvent &event)
{
    QStringList parts{QString::number(event.seq), event.time.toString(Qt::ISODateWithMs),
                      eventKindName(event.kind)};
    const auto add = [&parts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts.append(label + u'=' + value);
    };
    add(u"actor"_s, event.actor);
    add(u"service"_s, event.service);
    add(u"user"_s, event.user);
    add(u"decision"_s, event.decision);
    add(u"rules"_s, event.rules.join(u','));
    add(u"classes"_s, event.dataClasses.join(u','));
    add(u"exception"_s, event.exceptionId);
    add(u"policy"_s, event.policyHash.left(12));
    if (event.tombstoned)
        parts.append(u"[tombstoned]"_s);
    return parts.join(u"  "_s);
}

void printRetention(bool json, const RetentionReport &result)
{
    if (json) {
        out() << QJsonDocument(QJsonObject{{u"tombstoned"_s, result.tombstoned},
                                           {u"keptByHold"_s, result.keptByHold},
                                           {u"eventSeq"_s, result.retentionEventSeq}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return;
    }
    QString text = u"%1 payloads tombstoned"_s.arg(result.tombstoned);
    if (result.keptByHold > 0)
        text += u", %1 kept because of legal holds"_s.arg(result.keptByHold);
    out() << text << u" (recorded as event %1)"_s.arg(result.retentionEventSeq) << Qt::endl;
}

} // namespace custos::ctl::evidence
