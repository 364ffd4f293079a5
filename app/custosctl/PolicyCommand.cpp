#include "CommandLine.h"
#include "CommandRegistry.h"
#include "PolicyVersionsCommand.h"

#include "core/policy/Policy.h"
#include "core/policy/PolicyDiff.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace custos::ctl::policy {
namespace {

const QString verb = QStringLiteral("policy");

// Loads a policy file, printing every problem as file:line:col: message. Returns the exit code
// to use on failure (ExitFailure when invalid, ExitIoError when unreadable).
std::expected<Policy, int> loadOrReport(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        err() << path << ": cannot read the policy file" << (info.exists() ? "" : " (no such file)")
              << Qt::endl;
        return std::unexpected(int(ExitIoError));
    }
    auto policy = Policy::fromFile(path);
    if (!policy) {
        for (const Error &error : policy.error())
            err() << error.toString() << '\n';
        err() << path << ": " << policy.error().size() << (policy.error().size() == 1 ? " error" : " errors")
              << Qt::endl;
        return std::unexpected(int(ExitFailure));
    }
    return std::move(*policy);
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validate policy files. Exit 0: valid; 1: invalid; 3: unreadable."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Policy YAML files."),
                                 QStringLiteral("FILE..."));
    if (!parseOrReport(parser, verb + QStringLiteral(" check"), arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().isEmpty()) {
        err() << "custosctl policy check: name at least one FILE" << Qt::endl;
        return ExitUsage;
    }
    int result = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        const auto policy = loadOrReport(path);
        if (!policy) {
            result = std::max(result, policy.error());
            continue;
        }
        out() << path << ": valid policy '" << policy->id() << "', " << policy->document().rules.size()
              << " rules, version " << policy->hash() << Qt::endl;
    }
    return result;
}

int hash(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a policy's version id: the SHA-256 of its canonical form."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Policy YAML file."));
    const QCommandLineOption canonical(QStringLiteral("canonical"),
                                       QStringLiteral("Print the canonical form too."));
    parser.addOption(canonical);
    if (!parseOrReport(parser, verb + QStringLiteral(" hash"), arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << "custosctl policy hash: name exactly one FILE" << Qt::endl;
        return ExitUsage;
    }
    const auto policy = loadOrReport(parser.positionalArguments().constFirst());
    if (!policy)
        return policy.error();
    out() << policy->hash() << '\n';
    if (parser.isSet(canonical))
        out() << QString::fromUtf8(policy->canonicalForm()) << '\n';
    out() << Qt::flush;
    return ExitOk;
}

int diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show what changed between two policy versions: rules, routes, detectors, metadata."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The earlier policy."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The later policy."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the diff as JSON."));
    parser.addOption(json);
    if (!parseOrReport(parser, verb + QStringLiteral(" diff"), arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err() << "custosctl policy diff: name two files, A and B" << Qt::endl;
        return ExitUsage;
    }
    const auto before = loadOrReport(files.at(0));
    const auto after = loadOrReport(files.at(1));
    if (!before || !after)
        return std::max(before ? 0 : before.error(), after ? 0 : after.error());
    const PolicyDiff changes = PolicyDiff::between(before->document(), after->document());
    if (parser.isSet(json)) {
        QJsonObject object = changes.toJson();
        object.insert(QStringLiteral("before"), before->hash());
        object.insert(QStringLiteral("after"), after->hash());
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        out() << "--- " << files.at(0) << " (" << before->hash() << ")\n"
              << "+++ " << files.at(1) << " (" << after->hash() << ")\n"
              << changes.toText() << Qt::flush;
    }
    // Like diff(1), so scripts can ask "did the policy change?" by the exit code alone.
    return changes.isEmpty() ? ExitOk : ExitFailure;
}

int policy(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("usage: custosctl policy check FILE... | hash FILE | diff A B [--json]\n"
                       "       custosctl policy publish FILE --as USER --comment TEXT --store PATH\n"
                       "       custosctl policy history --store PATH | show HASH --store PATH\n");
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        (arguments.isEmpty() ? err() : out()) << usage << Qt::flush;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString action = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (action == u"check")
        return check(rest);
    if (action == u"hash")
        return hash(rest);
    if (action == u"diff")
        return diff(rest);
    if (action == u"publish")
        return policyversions::publish(rest);
    if (action == u"history")
        return policyversions::history(rest);
    if (action == u"show")
        return policyversions::show(rest);
    err() << "custosctl policy: unknown action '" << action << "'\n" << usage << Qt::flush;
    return ExitUsage;
}

const CommandRegistration registration{
    {verb, QStringLiteral("check, hash and diff policy files; publish and list versions"), policy}};

} // namespace
} // namespace custos::ctl::policy
