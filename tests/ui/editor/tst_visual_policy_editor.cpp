#include "tests/support/CustosTest.h"

#include "ui/policyeditor/PolicyRuleListModel.h"
#include "ui/policyeditor/PolicySourceEditor.h"
#include "ui/policyeditor/PolicyTextEdit.h"
#include "ui/policyeditor/RuleForm.h"
#include "ui/policyeditor/VisualPolicyEditor.h"
#include "ui/widgets/TwoLineItemDelegate.h"

#include "core/policy/Policy.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

namespace tst_visual_policy_editor {

using namespace custos;
using namespace Qt::StringLiterals;

// The visual editor's two halves on the starter policy: what the form writes lands in the YAML
// (and only there), what is typed in the YAML lands in the form, and a broken YAML pauses the form
// with the reason and its location.
class TestVisualPolicyEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<VisualPolicyEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString starter;

    QLineEdit *line(const QString &key) { return qobject_cast<QLineEdit *>(editor->form()->field(key)); }
    QComboBox *choice(const QString &key) { return qobject_cast<QComboBox *>(editor->form()->field(key)); }

    void choose(const QString &key, const QString &text)
    {
        QComboBox *box = choice(key);
        box->setCurrentIndex(box->findText(text));
        Q_EMIT box->activated(box->currentIndex());
    }

private Q_SLOTS:
    void init()
    {
        QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        starter = QString::fromUtf8(file.readAll());
        editor = std::make_unique<VisualPolicyEditor>();
        tester = std::make_unique<QAbstractItemModelTester>(
            editor->rules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor->resize(1200, 700);
        editor->show();
        editor->setText(starter);
    }

    void listsTheRulesAndShowsTheFirst()
    {
        QCOMPARE(editor->rules()->rowCount(), 5);
        QCOMPARE(editor->currentRule(), 0);
        QCOMPARE(line(u"id"_s)->text(), u"block-secrets"_s);
        QCOMPARE(choice(u"action"_s)->currentText(), u"block"_s);
        QCOMPARE(line(u"conditions.classes"_s)->text(), u"SECRET"_s);
        QVERIFY(!line(u"approvers"_s)->isEnabled()); // only for require_exception
        QVERIFY(editor->formProblem().isEmpty());
    }

    void aFormEditRewritesOnlyThatRule()
    {
        editor->ruleList()->setCurrentIndex(editor->rules()->index(1));
        QCOMPARE(line(u"id"_s)->text(), u"redact-personal-data"_s);
        choose(u"action"_s, u"require_exception"_s);
        QVERIFY(line(u"approvers"_s)->isEnabled());
        QTest::keyClicks(line(u"approvers"_s), u"alice, group:dpo"_s);
        QTest::keyClicks(line(u"scope.users"_s), u"intern*"_s);

        const QString yaml = editor->text();
        auto policy = Policy::fromYaml(yaml.toUtf8());
        QVERIFY2(policy.has_value(), qPrintable(yaml));
        const PolicyRule *rule = policy->rule(u"redact-personal-data"_s);
        QCOMPARE(rule->action, Action::RequireException);
        QCOMPARE(rule->approvers, (QStringList{u"alice"_s, u"group:dpo"_s}));
        QCOMPARE(rule->scope.users, QStringList{u"intern*"_s});
        QCOMPARE(rule->scope.routes, (QStringList{u"upstream"_s, u"anthropic"_s})); // kept
        QVERIFY(yaml.startsWith(u"# Custos starter policy"_s));
        QVERIFY(
            yaml.contains(u"      Remove it and try again.\n"_s)); // the folded message of rule 0, untouched
        QCOMPARE(editor->rules()->data(editor->rules()->index(1)).toString(), u"redact-personal-data"_s);
        QCOMPARE(
            editor->rules()->data(editor->rules()->index(1), TwoLineItemDelegate::SubtitleRole).toString(),
            u"require_exception · request"_s);

        // One undo in the source takes back the last form edit, not the whole file.
        editor->source()->textEdit()->undo();
        QVERIFY(!editor->text().contains(u"intern*"_s));
        QVERIFY(editor->text().contains(u"alice, group:dpo"_s) ||
                editor->text().contains(u"[alice, group:dpo]"_s));
    }

    void aSourceEditShowsUpInTheForm()
    {
        editor->ruleList()->setCurrentIndex(editor->rules()->index(2));
        QString yaml = editor->text();
        yaml.replace(u"      style: mask"_s, u"      style: placeholder"_s);
        yaml.replace(u"A model never hands a credential back to the caller."_s, u"No keys in answers."_s);
        editor->source()->replaceText(yaml);
        QCOMPARE(line(u"description"_s)->text(), u"No keys in answers."_s);
        QCOMPARE(choice(u"redaction.style"_s)->currentText(), u"placeholder"_s);

        // Moving the cursor into another rule's lines shows that rule.
        PolicyTextEdit *text = editor->source()->textEdit();
        const int lineOfRule4 =
            int(editor->text().left(editor->text().indexOf(u"- id: monitor-responses"_s)).count(u'\n'));
        text->setTextCursor(QTextCursor(text->document()->findBlockByNumber(lineOfRule4 + 1)));
        QCOMPARE(editor->currentRule(), 4);
        QCOMPARE(line(u"id"_s)->text(), u"monitor-responses"_s);
    }

    void buttonsAddRemoveAndReorderRules()
    {
        QTest::mouseClick(editor->findChild<QToolButton *>(u"addRule"_s), Qt::LeftButton);
        QCOMPARE(editor->rules()->rowCount(), 6);
        QCOMPARE(editor->currentRule(), 5);
        QCOMPARE(line(u"id"_s)->text(), u"new-rule-1"_s);
        QVERIFY(Policy::fromYaml(editor->text().toUtf8()).has_value());

        QTest::mouseClick(editor->findChild<QToolButton *>(u"moveRuleUp"_s), Qt::LeftButton);
        QCOMPARE(editor->currentRule(), 4);
        QCOMPARE(Policy::fromYaml(editor->text().toUtf8())->document().rules.at(4).id, u"new-rule-1"_s);

        QTest::mouseClick(editor->findChild<QToolButton *>(u"removeRule"_s), Qt::LeftButton);
        QCOMPARE(editor->rules()->rowCount(), 5);
        QCOMPARE(Policy::fromYaml(editor->text().toUtf8())->hash(),
                 Policy::fromYaml(starter.toUtf8())->hash());
    }

    void aRuleWithAValueTheFormCannotShowIsNotWrittenBack()
    {
        QString yaml = editor->text();
        yaml.replace(u"    action: redact\n    redaction:\n      style: placeholder"_s,
                     u"    action: redactt\n    redaction:\n      style: placeholder"_s);
        editor->source()->replaceText(yaml);
        editor->ruleList()->setCurrentIndex(editor->rules()->index(1));
        QCOMPARE(editor->currentRule(), 1);
        QVERIFY2(editor->formProblem().contains(u"fix it in the source"_s),
                 qPrintable(editor->formProblem()));
        QVERIFY(!editor->form()->isEnabled());
        Q_EMIT editor->form()->ruleEdited(editor->form()->rule()); // as if a field were edited
        QCOMPARE(editor->text(), yaml);                            // nothing written back
        editor->ruleList()->setCurrentIndex(editor->rules()->index(0));
        QVERIFY(editor->form()->isEnabled()); // the other rules stay editable
    }

    void aStaleListCannotCrashTheEditor()
    {
        editor->ruleList()->setCurrentIndex(editor->rules()->index(4));
        QString yaml = editor->text();
        yaml.replace(u"  - id: monitor-responses"_s, u"  - just text\n  - id: monitor-responses"_s);
        editor->source()->replaceText(yaml); // six items, five of them rules: the form pauses
        QVERIFY(!editor->formProblem().isEmpty());
        QVERIFY(!editor->ruleList()->isEnabled());
        editor->selectRule(4);
        editor->removeCurrentRule();
        editor->moveCurrentRule(-1);
        QCOMPARE(editor->text(), yaml);
    }

    void brokenYamlPausesTheFormAndSaysWhere()
    {
        QString yaml = editor->text();
        yaml.replace(u"classes: [SECRET]"_s, u"classes: [SECRET"_s);
        editor->source()->replaceText(yaml);
        QVERIFY(editor->formProblem().contains(u"malformed YAML"_s));
        const int brokenLine = int(yaml.left(yaml.indexOf(u"[SECRET\n"_s)).count(u'\n')) + 1;
        const auto where = QRegularExpression(u"line (\\d+), column \\d+"_s).match(editor->formProblem());
        QVERIFY2(where.hasMatch(), qPrintable(editor->formProblem()));
        QVERIFY(where.captured(1).toInt() >= brokenLine && where.captured(1).toInt() <= brokenLine + 3);
        QVERIFY(!editor->form()->isEnabled());
        QCOMPARE(editor->rules()->rowCount(), 5); // the last good list stays
        editor->source()->replaceText(starter);
        QVERIFY(editor->formProblem().isEmpty());
        QVERIFY(editor->form()->isEnabled());
    }
};

} // namespace tst_visual_policy_editor

CUSTOS_TEST_MAIN(tst_visual_policy_editor::TestVisualPolicyEditor)
#include "tst_visual_policy_editor.moc"
