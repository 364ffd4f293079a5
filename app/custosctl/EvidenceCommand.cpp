#include "EvidenceCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

struct SubCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const SubCommand kSubCommands[] = {
    {"init", "create an encrypted store (with --key-file: a new raw key file, mode 0600)", runInit},
    {"verify", "recompute the hash chain; check checkpoints, the witness, the query tables and every page",
     runVerify},
    {"query", "list events by time, service, user, decision, rule, class, exception or text", runQuery},
    {"tail", "print the latest events; -f follows new ones", runTail},
    {"hold", "place, release or list legal holds", runHold},
    {"purge", "tombstone payloads past their retention period", runPurge},
    {"erase", "tombstone a data subject's content", runErase},
    {"rekey", "re-encrypt the store under a new passphrase or key file", runRekey},
    {"checkpoints", "list the signed checkpoints", runCheckpoints},
    {"export-checkpoints", "write the signed checkpoints to a file kept elsewhere", runExportCheckpoints},
    {"witness", "print the newest signed checkpoint (and where the witness file is), to keep elsewhere",
     runWitness},
};

void printUsage()
{
    out() << "usage: custosctl evidence SUBCOMMAND --store PATH [OPTIONS]\n\nsubcommands:\n";
    for (const SubCommand &sub : kSubCommands)
        out() << "  " << QString::fromLatin1(sub.name).leftJustified(20) << sub.summary << '\n';
    out()
        << "\nThe key comes from --key-file FILE, --keychain ACCOUNT, the CUSTOS_PASSPHRASE variable, or a\n"
           "prompt on the terminal. Run 'custosctl evidence SUBCOMMAND --help' for its options.\n"
        << Qt::flush;
}

int evidence(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        printUsage();
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString verb = arguments.first();
    for (const SubCommand &sub : kSubCommands) {
        if (verb == QLatin1StringView(sub.name))
            return sub.run(arguments.mid(1));
    }
    err() << "custosctl evidence: unknown subcommand '" << verb << "'\n" << Qt::flush;
    printUsage();
    return ExitUsage;
}

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

int parse(QCommandLineParser &parser, const StoreOptions &options, const QString &verb,
          const QStringList &arguments)
{
    options.addTo(parser);
    if (!parseOrReport(parser, u"evidence "_s + verb, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.isSet(options.store)) {
        err() << "custosctl evidence " << verb << ": --store PATH is required\n" << Qt::flush;
        return ExitUsage;
    }
    return -1;
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

int exitCodeForOpenError(const Error &)
{
    return ExitIoError;
}

int report(const QString &verb, const Error &error, int exitCode)
{
    err() << "custosctl evidence " << verb << ": " << error.toString() << Qt::endl;
    return exitCode;
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

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create an encrypted evidence store. With --key-file, a missing key file is created (32 random"
        " bytes, mode 0600) and an existing one is used; otherwise the passphrase comes from"
        " CUSTOS_PASSPHRASE or is asked twice."_s);
    const StoreOptions options;
    if (const int code = parse(parser, options, u"init"_s, arguments); code >= 0)
        return code;
    Result<KeySource> key = fail(QString());
    if (parser.isSet(options.keyFile)) {
        const QString file = parser.value(options.keyFile);
        key = QFile::exists(file) ? KeySource::fromKeyFile(file) : KeySource::createKeyFile(file);
    } else if (parser.isSet(options.keychain)) {
        key = KeySource::createInKeychain(parser.value(options.keychain));
    } else if (!qEnvironmentVariableIsEmpty("CUSTOS_PASSPHRASE")) {
        key = KeySource::passphrase(qEnvironmentVariable("CUSTOS_PASSPHRASE"));
    } else {
        auto typed = promptPassphrase(u"New passphrase: "_s, true);
        key = typed ? Result<KeySource>(KeySource::passphrase(*typed)) : std::unexpected(typed.error());
    }
    if (!key)
        return report(u"init"_s, key.error(), ExitIoError);
    auto store = EvidenceStore::create(parser.value(options.store), *key);
    if (!store)
        return report(u"init"_s, store.error(), ExitIoError);
    if (parser.isSet(options.json)) {
        out() << QJsonDocument(
                     QJsonObject{{u"store"_s, parser.value(options.store)},
                                 {u"publicKey"_s, QString::fromLatin1((*store)->publicKey().toHex())}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << "Created evidence store " << parser.value(options.store) << "\n"
              << "Checkpoint public key: " << (*store)->publicKey().toHex() << Qt::endl;
    }
    return ExitOk;
}

int runRekey(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Re-encrypt the store. The new key comes from --new-key-file (created when missing),"
        " CUSTOS_NEW_PASSPHRASE, or a prompt asked twice."_s);
    const StoreOptions options;
    const QCommandLineOption newKeyFile(u"new-key-file"_s, u"New raw key file."_s, u"FILE"_s);
    parser.addOption(newKeyFile);
    if (const int code = parse(parser, options, u"rekey"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, false);
    if (!store)
        return report(u"rekey"_s, store.error(), ExitIoError);
    Result<KeySource> newKey = fail(QString());
    if (parser.isSet(newKeyFile)) {
        const QString file = parser.value(newKeyFile);
        newKey = QFile::exists(file) ? KeySource::fromKeyFile(file) : KeySource::createKeyFile(file);
    } else if (!qEnvironmentVariableIsEmpty("CUSTOS_NEW_PASSPHRASE")) {
        newKey = KeySource::passphrase(qEnvironmentVariable("CUSTOS_NEW_PASSPHRASE"));
    } else {
        auto typed = promptPassphrase(u"New passphrase: "_s, true);
        newKey = typed ? Result<KeySource>(KeySource::passphrase(*typed)) : std::unexpected(typed.error());
    }
    if (!newKey)
        return report(u"rekey"_s, newKey.error(), ExitIoError);
    if (auto rekeyed = (*store)->rekey(*newKey, actorFrom(parser, options)); !rekeyed)
        return report(u"rekey"_s, rekeyed.error(), ExitIoError);
    out() << "Re-encrypted " << parser.value(options.store) << " under the new " << newKey->describe()
          << Qt::endl;
    return ExitOk;
}

namespace {
const CommandRegistration registration{
    {u"evidence"_s, u"the encrypted evidence ledger: init, verify, query, tail, hold, purge, rekey"_s,
     evidence}};
} // namespace

} // namespace custos::ctl::evidence
