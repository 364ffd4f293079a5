#pragma once

#include <QWidget>

namespace custos {

class PolicyTextEdit;

// The gutter left of a PolicyTextEdit; all painting is the editor's, which knows the block layout.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(PolicyTextEdit *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PolicyTextEdit *m_editor = nullptr;
};

} // namespace custos
