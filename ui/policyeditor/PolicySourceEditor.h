#pragma once

#include "ui/policyeditor/SourceProblem.h"
#include "ui/policyeditor/SourceValidity.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace custos {

class PolicyTextEdit;
class SourceProblemList;
class ValidityIndicator;

// The YAML source view of a policy: highlighted text, a validity indicator (Empty, Busy, Invalid,
// Valid) and the problems, underlined inline and listed below. Validation runs through a pluggable
// validator a short while after the last change, so typing stays fluid.
class PolicySourceEditor : public QWidget
{
    Q_OBJECT
public:
    using Validator = std::function<SourceProblems(const QString &text)>;

    static constexpr std::chrono::milliseconds DefaultValidationDelay{300};

    explicit PolicySourceEditor(QWidget *parent = nullptr);

    // Without a validator every non-empty text is Valid.
    void setValidator(Validator validator);
    void setValidationDelay(std::chrono::milliseconds delay);

    void setText(const QString &text);
    // Changes the text as one undoable edit, keeping the view where it is.
    void replaceText(const QString &text);
    QString text() const;

    SourceValidity validity() const { return m_validity; }
    const SourceProblems &problems() const { return m_problems; }

    // Validates at once instead of after the delay.
    void validateNow();
    // Moves the cursor to a 1-based line and column and focuses the text.
    void jumpTo(int line, int column);

    PolicyTextEdit *textEdit() const { return m_edit; }
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void textChanged();
    void validityChanged(custos::SourceValidity validity);
    void problemsChanged(const custos::SourceProblems &problems);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpHighlighter();
    void onTextChanged();
    void scheduleValidation();
    void setValidity(SourceValidity validity);
    void setProblems(const SourceProblems &problems);
    void underlineProblems();

    PolicyTextEdit *m_edit = nullptr;
    ValidityIndicator *m_indicator = nullptr;
    SourceProblemList *m_problemList = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer m_validationTimer;
    Validator m_validator;
    SourceProblems m_problems;
    SourceValidity m_validity = SourceValidity::Empty;
};

} // namespace custos
