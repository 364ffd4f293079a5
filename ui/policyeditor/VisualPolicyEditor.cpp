#include "ui/policyeditor/VisualPolicyEditor.h"

#include "ui/policyeditor/PolicyRuleListModel.h"
#include "ui/policyeditor/PolicySourceEditor.h"
#include "ui/policyeditor/PolicyTextEdit.h"
#include "ui/policyeditor/RuleForm.h"
#include "ui/widgets/EmptyStateLabel.h"
#include "ui/widgets/TwoLineItemDelegate.h"

#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySourceRules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace custos {

VisualPolicyEditor::VisualPolicyEditor(QWidget *parent)
    : QWidget(parent)
    , m_source(new PolicySourceEditor)
    , m_form(new RuleForm)
    , m_list(new QListView)
    , m_rules(new PolicyRuleListModel(this))
    , m_formProblem(new QLabel)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(buildRulePanel());
    auto *formScroll = new QScrollArea;
    auto *formPanel = new QWidget;
    auto *formLayout = new QVBoxLayout(formPanel);
    m_formProblem->setWordWrap(true);
    m_formProblem->setVisible(false);
    formLayout->addWidget(m_formProblem);
    formLayout->addWidget(m_form);
    formLayout->addStretch();
    formScroll->setWidget(formPanel);
    formScroll->setWidgetResizable(true);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({240, 460, 520}); // list, form, source: the list needs only the rule ids
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_source, &PolicySourceEditor::textChanged, this, &VisualPolicyEditor::reparse);
    connect(m_source->textEdit(), &QPlainTextEdit::cursorPositionChanged, this,
            &VisualPolicyEditor::followCursor);
    connect(m_form, &RuleForm::ruleEdited, this, &VisualPolicyEditor::applyFormEdit);
    reparse();
}

QWidget *VisualPolicyEditor::buildRulePanel()
{
    auto *panel = new QWidget;
    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &name, const QString &icon, const QString &text,
                               const QString &tip, auto slot) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setIcon(QIcon::fromTheme(icon));
        button->setText(text);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(QStringLiteral("addRule"), QStringLiteral("list-add"), tr("Add"), tr("Add a rule at the end"),
              &VisualPolicyEditor::addRule);
    addButton(QStringLiteral("removeRule"), QStringLiteral("list-remove"), tr("Remove"),
              tr("Remove the rule"), &VisualPolicyEditor::removeCurrentRule);
    addButton(QStringLiteral("moveRuleUp"), QStringLiteral("go-up"), tr("Up"),
              tr("Move the rule up: among rules with the same action, the earlier one decides"),
              [this] { moveCurrentRule(-1); });
    addButton(QStringLiteral("moveRuleDown"), QStringLiteral("go-down"), tr("Down"), tr("Move the rule down"),
              [this] { moveCurrentRule(+1); });
    buttons->addStretch();
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules"));
    m_list->setModel(m_rules);
    m_list->setItemDelegate(new TwoLineItemDelegate(m_list));
    m_list->setMinimumWidth(160);
    m_list->setUniformItemSizes(true);
    EmptyStateLabel::attach(m_list, tr("No rules yet. Add one with Add, or write it in the YAML source."));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_current)
                    selectRule(current.row());
            });
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    return panel;
}

void VisualPolicyEditor::setText(const QString &text)
{
    m_current = -1;
    m_source->setText(text);
    if (!m_rules->rules().empty())
        selectRule(0);
}

QString VisualPolicyEditor::text() const
{
    return m_source->text();
}

QString VisualPolicyEditor::formProblem() const
{
    return m_formProblem->isHidden() ? QString() : m_formProblem->text();
}

void VisualPolicyEditor::reparse()
{
    const QString source = m_source->text();
    auto located = PolicySourceRules::locate(source);
    m_located = located ? std::optional(*located) : std::nullopt;
    auto outcome = PolicyParser::parse(source.toUtf8(), QString());
    QString problem;
    if (!located)
        problem = tr("The form is paused until the YAML reads again (line %1, column %2): %3")
                      .arg(located.error().line)
                      .arg(located.error().column)
                      .arg(located.error().message);
    else if (static_cast<std::size_t>(located->count()) != outcome.document.rules.size())
        problem = tr("The form is paused: a rule in the source is not a mapping of keys (see the problems "
                     "under the source).");
    m_pausedProblem = problem;
    m_list->setEnabled(problem.isEmpty());
    if (problem.isEmpty()) {
        m_ruleProblems = ruleProblems(*located, outcome.errors);
        m_document = std::move(outcome.document);
        QStringList routes;
        for (const RouteSpec &route : m_document.routes)
            routes.append(route.name);
        m_form->setRouteNames(routes);
        m_rules->setRules(m_document.rules);
        if (m_current >= m_rules->rowCount())
            m_current = m_rules->rowCount() - 1;
        if (!m_applyingForm)
            showCurrentRule();
    } else {
        showProblem(problem);
        m_form->setEnabled(false);
    }
    Q_EMIT draftChanged();
}

// The parser's errors by the rule whose lines hold them: a wrong value (action: blok) or an
// unknown key reads back as a default, so the form must not write such a rule back.
QHash<int, QString> VisualPolicyEditor::ruleProblems(const PolicySourceRules &located,
                                                     const PolicyErrors &errors)
{
    QHash<int, QString> problems;
    for (const Error &error : errors) {
        const int index = located.indexAtLine(error.line - 1);
        if (index >= 0 && !problems.contains(index))
            problems.insert(index, tr("line %1: %2").arg(error.line).arg(error.message));
    }
    return problems;
}

void VisualPolicyEditor::showProblem(const QString &problem)
{
    m_formProblem->setText(problem);
    m_formProblem->setVisible(!problem.isEmpty());
}

void VisualPolicyEditor::selectRule(int index)
{
    if (index < 0 || index >= m_rules->rowCount() || !m_pausedProblem.isEmpty())
        return;
    m_current = index;
    showCurrentRule();
    // Bring the rule's lines into view without taking the keyboard from the list.
    if (m_located && index < m_located->count()) {
        const QTextBlock block =
            m_source->textEdit()->document()->findBlockByNumber(m_located->span(index).firstLine);
        QTextCursor cursor(block);
        m_source->textEdit()->setTextCursor(cursor);
        m_source->textEdit()->centerCursor();
    }
}

void VisualPolicyEditor::showCurrentRule()
{
    if (!m_pausedProblem.isEmpty())
        return;
    const bool valid = m_current >= 0 && m_current < m_rules->rowCount();
    const QString ruleProblem = m_ruleProblems.value(m_current);
    showProblem(
        ruleProblem.isEmpty()
            ? QString()
            : tr("This rule has a value the form cannot show (%1); fix it in the source.").arg(ruleProblem));
    m_form->setEnabled(valid && ruleProblem.isEmpty());
    if (!valid)
        return;
    m_form->setRule(m_rules->rules().at(static_cast<std::size_t>(m_current)));
    const QModelIndex index = m_rules->index(m_current);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
}

void VisualPolicyEditor::followCursor()
{
    if (m_applyingForm)
        return;
    if (!m_located)
        return;
    const int index = m_located->indexAtLine(m_source->textEdit()->textCursor().blockNumber());
    if (index >= 0 && index != m_current) {
        m_current = index;
        showCurrentRule();
    }
}

void VisualPolicyEditor::applyFormEdit(const PolicyRule &rule)
{
    if (!m_located || m_current < 0 || m_current >= m_located->count() || m_ruleProblems.contains(m_current))
        return;
    m_applyingForm = true;
    m_source->replaceText(m_located->replaced(m_current, rule));
    m_applyingForm = false;
}

QString VisualPolicyEditor::newRuleId() const
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("new-rule-%1").arg(n);
        if (!m_document.rule(id))
            return id;
    }
}

void VisualPolicyEditor::addRule()
{
    if (!m_located)
        return;
    PolicyRule rule;
    rule.id = newRuleId();
    rule.description = tr("Describe why this rule exists.");
    rule.action = Action::Monitor;
    m_source->replaceText(m_located->appended(rule));
    selectRule(m_rules->rowCount() - 1);
}

void VisualPolicyEditor::removeCurrentRule()
{
    if (!m_located || !m_pausedProblem.isEmpty() || m_current < 0 || m_current >= m_located->count())
        return;
    m_source->replaceText(m_located->removed(m_current));
    selectRule(std::min(m_current, m_rules->rowCount() - 1));
}

void VisualPolicyEditor::moveCurrentRule(int delta)
{
    const int target = m_current + delta;
    if (!m_located || !m_pausedProblem.isEmpty() || m_current < 0 || target < 0 ||
        target >= m_located->count())
        return;
    m_source->replaceText(m_located->moved(m_current, delta));
    selectRule(target);
}

} // namespace custos
