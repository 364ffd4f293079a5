#include "ui/policyeditor/PolicyTextEdit.h"

#include "ui/policyeditor/LineNumberArea.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

#include <algorithm>

namespace custos {

namespace {

constexpr int gutterPadding = 6;

} // namespace

PolicyTextEdit::PolicyTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("policySource"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &PolicyTextEdit::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &PolicyTextEdit::updateGutter);
    updateGutterWidth();
}

int PolicyTextEdit::lineNumberAreaWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return gutterPadding * 2 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, digits);
}

void PolicyTextEdit::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void PolicyTextEdit::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void PolicyTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void PolicyTextEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int textRight = m_gutter->width() - gutterPadding;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top())
            painter.drawText(0, top, textRight, lineHeight, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        block = block.next();
        top = bottom;
    }
}

void PolicyTextEdit::moveCursorTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    const int offset = std::clamp(column - 1, 0, std::max(0, block.length() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + offset);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

} // namespace custos
