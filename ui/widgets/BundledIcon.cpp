#include "ui/widgets/BundledIcon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace custos {

QIcon BundledIcon::fromSvg(const QString &resourcePath)
{
    QSvgRenderer renderer(resourcePath);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int size : {16, 20, 22, 24, 32, 40, 44, 48, 64, 96}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon BundledIcon::themed(const QString &themeName, const QString &resourcePath)
{
    return QIcon::hasThemeIcon(themeName) ? QIcon::fromTheme(themeName) : fromSvg(resourcePath);
}

} // namespace custos
