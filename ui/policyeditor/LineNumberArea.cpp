#include "ui/policyeditor/LineNumberArea.h"

#include "ui/policyeditor/PolicyTextEdit.h"

namespace custos {

LineNumberArea::LineNumberArea(PolicyTextEdit *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("policyLineNumbers"));
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(event);
}

} // namespace custos
