# Builds the .deb with CPack and checks its control data and payload.
execute_process(COMMAND cpack -G DEB -C RelWithDebInfo WORKING_DIRECTORY ${BINARY_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${BINARY_DIR}/packages/custos_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one custos_*.deb in ${BINARY_DIR}/packages, found ${count}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Package Version Depends OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents)
foreach(expected IN ITEMS "./usr/bin/custos" "./usr/bin/custosctl" "org.custos.Custos.desktop"
                          "org.custos.Custos.metainfo.xml" "./usr/lib/systemd/user/custos-gateway.service"
                          "./usr/share/man/man1/custos.1.gz" "./usr/share/man/man1/custosctl.1.gz"
                          "./usr/share/bash-completion/completions/custosctl" "./usr/share/doc/custos/copyright"
                          "./usr/share/doc/custos/changelog.gz" "Package: custos" "Depends: ")
    string(FIND "${contents}${fields}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the Debian package lacks '${expected}':\n${fields}\n${contents}")
    endif()
endforeach()
file(REMOVE ${debs})
