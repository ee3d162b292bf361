# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: version information and icon in myelin.exe, the Qt runtime beside it, and the installer.
# Layout under the install folder: bin\ (myelin.exe, myelin-build.exe, Qt) and share\myelin\content.db,
# which core/contentlocator finds as <exe>\..\share\myelin\content.db.

# The .rc carries the project version and the icon made from myelin.svg (icons.cmake).
set(MYELIN_RC ${CMAKE_BINARY_DIR}/packaging/myelin.rc)
configure_file(${CMAKE_CURRENT_LIST_DIR}/myelin.rc.in ${MYELIN_RC} @ONLY)
target_sources(myelin PRIVATE ${MYELIN_RC})
set_source_files_properties(${MYELIN_RC} TARGET_DIRECTORY myelin PROPERTIES OBJECT_DEPENDS ${MYELIN_ICO})
add_dependencies(myelin icons)

# The Microsoft C++ runtime, installed beside the programs: a per-user install cannot run vc_redist.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The Qt runtime, Qt WebEngine's process and resources. Qt's deploy API is reliable from 6.5.1
# (QTBUG-111741); Qt 6.4 runs windeployqt directly.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5.1)
    qt_generate_deploy_app_script(TARGET myelin OUTPUT_SCRIPT myelin_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${myelin_deploy_script})
else()
    get_target_property(myelin_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(myelin_qt_bin "${myelin_qmake}" DIRECTORY)
    find_program(MYELIN_WINDEPLOYQT windeployqt HINTS "${myelin_qt_bin}" REQUIRED)
    install(CODE "
        set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        execute_process(COMMAND \"${MYELIN_WINDEPLOYQT}\" --release --no-compiler-runtime --dir \"\${bin}\"
            \"\${bin}/myelin.exe\" \"\${bin}/myelin-build.exe\" COMMAND_ERROR_IS_FATAL ANY)")
endif()

include(${CMAKE_CURRENT_LIST_DIR}/nsis.cmake)
