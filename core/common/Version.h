#pragma once

#include <QString>

namespace custos {

inline QString version()
{
    return QStringLiteral(CUSTOS_VERSION);
}

} // namespace custos
