# SPDX-License-Identifier: GPL-3.0-or-later
# Linux (and other freedesktop systems): desktop file, AppStream metainfo, hicolor icons, man pages
# and the Debian package (cpack -G DEB). Paths are relative to the install prefix, so the same rules
# serve /usr (the .deb), /usr/local, or a folder anywhere (cmake --install build --prefix DIR).
set(MYELIN_APP_ID org.myelin.Myelin)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MYELIN_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MYELIN_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Content updates (.myelinpack) as a file type of their own, opened with Myelin (the desktop file's MimeType).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MYELIN_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${MYELIN_APP_ID}.xml)
foreach(size IN LISTS MYELIN_ICON_SIZES)
    install(FILES ${MYELIN_ICON_PNG_DIR}/${size}x${size}/apps/${MYELIN_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${MYELIN_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${MYELIN_APP_ID}.svg)
# Debian's copyright file; its doc folder is named after the package, not the CMake project.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/myelin)

# Man pages, gzipped at build time (-n: no name or time stamp, so the package is reproducible).
find_program(MYELIN_GZIP gzip REQUIRED)
set(man_outputs)
foreach(page myelin myelin-build)
    set(gz ${CMAKE_BINARY_DIR}/share/man/man1/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/share/man/man1
        COMMAND ${MYELIN_GZIP} -9 -n -c ${CMAKE_CURRENT_LIST_DIR}/${page}.1 > ${gz}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/${page}.1
        COMMENT "Compressing the ${page}(1) man page")
    list(APPEND man_outputs ${gz})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${man_outputs})
install(FILES ${man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The .deb: dependencies on shared libraries are computed by dpkg-shlibdeps from the binaries (libsodium23
# among them, for content updates' signatures). Debian's triggers update the MIME and desktop databases.
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_NAME myelin)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # myelin_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Only what dpkg-shlibdeps cannot see: Qt loads these plugins at run time with dlopen. The SQLite
# driver opens the content database; the platform plugins (xcb and others) draw the window.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Read aloud (app/ui, when built with Qt TextToSpeech) speaks through a plugin Qt loads at run time.
# qt6-translations-l10n: Qt's own dialogs (print, files, message boxes) in the reader's language, for
# the seven languages Myelin is translated into (translations/README.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
if(TARGET Qt6::TextToSpeech) # looked up in the top-level CMakeLists.txt
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-speech-speechd-plugin")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
