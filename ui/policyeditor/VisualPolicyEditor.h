#pragma once

#include "core/policy/PolicyDocument.h"
#include "core/policy/PolicySourceRules.h"
#include "core/policy/YamlReader.h"

#include <QHash>

#include <optional>

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace custos {

class PolicyRuleListModel;
class PolicySourceEditor;
class RuleForm;

// The rule list, the rule form and the YAML source of one draft, kept in step both ways: a form
// edit rewrites only that rule's lines in the source (comments elsewhere survive), and every
// source change re-parses the draft, refreshes the list and shows the rule under the cursor.
class VisualPolicyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VisualPolicyEditor(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // The draft as last parsed (rules and routes even when the policy is not valid yet).
    const PolicyDocument &document() const { return m_document; }

    int currentRule() const { return m_current; }
    void selectRule(int index);
    void addRule();
    void removeCurrentRule();
    void moveCurrentRule(int delta);

    PolicySourceEditor *source() const { return m_source; }
    RuleForm *form() const { return m_form; }
    QListView *ruleList() const { return m_list; }
    PolicyRuleListModel *rules() const { return m_rules; }
    // Why the form is unavailable (the YAML does not parse), else empty.
    QString formProblem() const;

Q_SIGNALS:
    void draftChanged();

private:
    QWidget *buildRulePanel();
    void reparse();
    void applyFormEdit(const PolicyRule &rule);
    void followCursor();
    void showCurrentRule();
    void showProblem(const QString &problem);
    static QHash<int, QString> ruleProblems(const PolicySourceRules &located, const PolicyErrors &errors);
    QString newRuleId() const;

    PolicySourceEditor *m_source = nullptr;
    RuleForm *m_form = nullptr;
    QListView *m_list = nullptr;
    PolicyRuleListModel *m_rules = nullptr;
    QLabel *m_formProblem = nullptr;
    PolicyDocument m_document;
    std::optional<PolicySourceRules> m_located; // where the rules sit in the text, as of the last reparse
    QString m_pausedProblem;                    // the whole form is paused: the YAML does not read
    QHash<int, QString> m_ruleProblems;         // rule index -> the first parser error in its lines
    int m_current = -1;
    bool m_applyingForm = false;
};

} // namespace custos
