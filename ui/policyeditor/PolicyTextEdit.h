#pragma once

#include <QPlainTextEdit>

namespace custos {

class LineNumberArea;

// A plain text editor with a line-number gutter, so "3:5: ..." problems can be found by eye.
class PolicyTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PolicyTextEdit(QWidget *parent = nullptr);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

    // Puts the cursor at a 1-based line and column, clamped to the text, and shows it.
    void moveCursorTo(int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);

    LineNumberArea *m_gutter = nullptr;
};

} // namespace custos
