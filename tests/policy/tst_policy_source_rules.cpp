#include "tests/support/CustosTest.h"

#include "core/policy/Policy.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySourceRules.h"
#include "core/policy/RuleYamlWriter.h"

#include <QFile>
#include <QTest>

namespace tst_policy_source_rules {

using namespace custos;

// The form half of the visual editor writes rules into the YAML through PolicySourceRules; these
// tests pin that it changes only the rule edited and that what it writes parses back to the same rule.
class TestPolicySourceRules : public QObject
{
    Q_OBJECT

private:
    static QString starter()
    {
        QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the starter policy");
        return QString::fromUtf8(file.readAll());
    }

    static PolicyDocument parsed(const QString &source)
    {
        auto outcome = PolicyParser::parse(source.toUtf8(), QStringLiteral("draft.yaml"));
        for (const Error &error : outcome.errors)
            qWarning("%s", qPrintable(error.toString()));
        if (!outcome.errors.empty())
            qFatal("the edited source no longer parses");
        return outcome.document;
    }

    static PolicySourceRules located(const QString &source)
    {
        auto rules = PolicySourceRules::locate(source);
        if (!rules)
            qFatal("cannot locate rules: %s", qPrintable(rules.error().toString()));
        return *rules;
    }

private Q_SLOTS:
    void findsEveryRuleOfTheStarterPolicy()
    {
        const QString source = starter();
        const auto rules = located(source);
        QCOMPARE(rules.count(), 5);
        const QStringList lines = source.split(u'\n');
        QCOMPARE(lines.at(rules.span(0).firstLine), QStringLiteral("  - id: block-secrets"));
        // The folded message belongs to the first rule; the blank line after it does not.
        QVERIFY(lines.at(rules.span(0).firstLine + rules.span(0).lineCount - 1).contains(u"Remove it"));
        QCOMPARE(lines.at(rules.span(4).firstLine), QStringLiteral("  - id: monitor-responses"));
        QCOMPARE(rules.span(4).lineCount, 4);
        QCOMPARE(rules.indexAtLine(rules.span(1).firstLine + 2), 1);
        QCOMPARE(rules.indexAtLine(0), -1);
    }

    void rewritingEachRuleUnchangedKeepsThePolicy()
    {
        const QString source = starter();
        const auto original = Policy::fromYaml(source.toUtf8());
        QVERIFY(original.has_value());
        for (int i = 0; i < 5; ++i) {
            const QString rewritten = located(source).replaced(i, original->document().rules.at(i));
            const auto again = Policy::fromYaml(rewritten.toUtf8());
            QVERIFY2(again.has_value(), qPrintable(rewritten));
            QCOMPARE(again->hash(), original->hash());
            QVERIFY(rewritten.startsWith(u"# Custos starter policy")); // comments survive
        }
    }

    void editingOneRuleLeavesTheOthersByteForByte()
    {
        const QString source = starter();
        PolicyRule rule = parsed(source).rules.at(1);
        rule.action = Action::Block;
        rule.scope.users = {QStringLiteral("alice"), QStringLiteral("team:*")};
        rule.message = QStringLiteral("No: personal data.\n\nAsk the DPO: dpo@example.com # not a comment");
        const QString edited = located(source).replaced(1, rule);
        const PolicyDocument after = parsed(edited);
        QCOMPARE(after.rules.at(1).message, rule.message);
        QCOMPARE(after.rules.at(1), rule);
        const auto before = located(source);
        const auto now = located(edited);
        const QStringList oldLines = source.split(u'\n');
        const QStringList newLines = edited.split(u'\n');
        QCOMPARE(newLines.mid(0, now.span(1).firstLine), oldLines.mid(0, before.span(1).firstLine));
        QCOMPARE(newLines.mid(now.span(2).firstLine), oldLines.mid(before.span(2).firstLine));
    }

    void writerOmitsDefaultsAndQuotesWhatNeedsIt()
    {
        PolicyRule rule;
        rule.id = QStringLiteral("r1");
        rule.action = Action::Monitor;
        QCOMPARE(RuleYamlWriter::write(rule),
                 QStringLiteral("  - id: r1\n    direction: request\n    action: monitor\n"));
        rule.description = QStringLiteral("key: value, [brackets] and 'quotes' #hash");
        rule.conditions.detectors = {QStringLiteral("aws_access_key"), QStringLiteral("a, b")};
        rule.conditions.maxSize = 4096;
        rule.mode = PolicyMode::Monitor;
        rule.failureMode = FailureMode::Open;
        rule.redaction = RedactionStyle::Mask;
        rule.exception = ExceptionLimits{2, 8};
        const QString yaml = QStringLiteral("id: p\nrules:\n") + RuleYamlWriter::write(rule);
        QCOMPARE(parsed(yaml).rules.at(0), rule);
    }

    void appendsRemovesAndMovesRules()
    {
        const QString source = starter();
        PolicyRule added;
        added.id = QStringLiteral("block-large-prompts");
        added.conditions.minSize = 100000;
        added.action = Action::Block;
        const QString grown = located(source).appended(added);
        QCOMPARE(parsed(grown).rules.size(), std::size_t(6));
        QCOMPARE(parsed(grown).rules.back(), added);
        QVERIFY(grown.contains(u"retention:\n  default_days: 365"));

        const QString shrunk = located(source).removed(2);
        const PolicyDocument fewer = parsed(shrunk);
        QCOMPARE(fewer.rules.size(), std::size_t(4));
        QCOMPARE(fewer.rules.at(2).id, QStringLiteral("monitor-requests"));
        QVERIFY(!shrunk.contains(u"\n\n\n"));

        const PolicyDocument swapped = parsed(located(source).moved(0, +1));
        QCOMPARE(swapped.rules.at(0).id, QStringLiteral("redact-personal-data"));
        QCOMPARE(swapped.rules.at(1).id, QStringLiteral("block-secrets"));
        QCOMPARE(swapped.rules.size(), std::size_t(5));
        QCOMPARE(located(source).moved(0, -1), source);
    }

    void addsTheRulesKeyWhenMissingOrEmpty()
    {
        PolicyRule rule;
        rule.id = QStringLiteral("first");
        for (const QString &source :
             {QStringLiteral("id: p\ntitle: T\n"), QStringLiteral("id: p\nrules:\ntitle: T\n"),
              QStringLiteral("id: p\nrules: []\ntitle: T\n"),
              QStringLiteral("id: p\nrules:   # none yet\n")}) {
            const PolicyDocument document = parsed(located(source).appended(rule));
            QCOMPARE(document.rules.size(), std::size_t(1));
            QCOMPARE(document.rules.at(0).id, QStringLiteral("first"));
            QCOMPARE(document.id, QStringLiteral("p"));
        }
        QVERIFY(
            located(QStringLiteral("id: p\nrules:   # none yet\n")).appended(rule).contains(u"# none yet"));
    }

    void handlesTheLayoutsPeopleWrite()
    {
        // Items at column 0, a dash alone on its line, no newline at the end of the file.
        const QString source =
            QStringLiteral("id: p\nrules:\n- id: a\n  action: block\n-\n  id: b\n  action: monitor");
        const auto rules = located(source);
        QCOMPARE(rules.count(), 2);
        QCOMPARE(rules.span(1).firstLine, 4);
        PolicyRule changed = parsed(source).rules.at(1);
        changed.action = Action::Redact;
        const QString edited = rules.replaced(1, changed);
        QCOMPARE(parsed(edited).rules.at(1).action, Action::Redact);
        QCOMPARE(parsed(edited).rules.at(0).action, Action::Block);
        QVERIFY(!edited.endsWith(u'\n')); // the file keeps its ending
        QVERIFY(edited.startsWith(u"id: p\nrules:\n- id: a\n"));
    }

    void aCommentAboveARuleMovesAndGoesWithIt()
    {
        const QString source = QStringLiteral("id: p\nrules:\n  # about a\n  - id: a\n    action: block\n\n"
                                              "  # about b\n  - id: b\n    action: monitor\n");
        const QString swapped = located(source).moved(0, +1);
        QCOMPARE(swapped, QStringLiteral("id: p\nrules:\n  # about b\n  - id: b\n    action: monitor\n\n"
                                         "  # about a\n  - id: a\n    action: block\n"));
        QCOMPARE(located(source).removed(1),
                 QStringLiteral("id: p\nrules:\n  # about a\n  - id: a\n    action: block\n"));
    }

    void multiLineTextsSurviveTheWriter_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("two lines") << QStringLiteral("first\nsecond");
        QTest::newRow("leading spaces") << QStringLiteral("  Note:\nsee the docs");
        QTest::newRow("trailing newlines") << QStringLiteral("done\n\n");
        QTest::newRow("space-only line") << QStringLiteral("a\n   \nb");
        QTest::newRow("quotes and hashes") << QStringLiteral("say \"no\" # really\n'twice'");
    }

    void multiLineTextsSurviveTheWriter()
    {
        QFETCH(QString, message);
        PolicyRule rule;
        rule.id = QStringLiteral("r");
        rule.action = Action::Block;
        rule.message = message;
        const QString block = RuleYamlWriter::write(rule);
        QVERIFY2(!block.split(u'\n').contains(QStringLiteral("    ")), qPrintable(block));
        QCOMPARE(parsed(QStringLiteral("id: p\nrules:\n") + block).rules.at(0).message, message);
    }

    void anAliasedRuleIsLeftToTheSource()
    {
        auto rules = PolicySourceRules::locate(
            QStringLiteral("id: p\nrules:\n  - &r\n    id: a\n    action: block\n  - *r\n"));
        QVERIFY(!rules.has_value());
        QVERIFY(rules.error().message.contains(u"alias"));
    }

    void malformedYamlSaysWhere()
    {
        auto rules = PolicySourceRules::locate(QStringLiteral("id: p\nrules:\n  - id: [unclosed\n"));
        QVERIFY(!rules.has_value());
        QVERIFY(rules.error().message.contains(u"malformed YAML"));
        QVERIFY(rules.error().line >= 3);
    }
};

} // namespace tst_policy_source_rules

CUSTOS_GUILESS_TEST_MAIN(tst_policy_source_rules::TestPolicySourceRules)
#include "tst_policy_source_rules.moc"
