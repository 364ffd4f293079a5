#pragma once

#include <QIcon>

namespace custos {

// An icon from an SVG in our resources, drawn with QSvgRenderer at the usual sizes (and twice
// them, for 200 % screens), so it shows even where Qt's SVG image plugin is not installed.
class BundledIcon
{
public:
    // A null icon when the resource is missing or no valid SVG.
    static QIcon fromSvg(const QString &resourcePath);
    // The desktop theme's icon `themeName`, or the bundled SVG where the theme has none.
    static QIcon themed(const QString &themeName, const QString &resourcePath);
};

} // namespace custos
