# SPDX-License-Identifier: GPL-3.0-or-later
# Every icon comes from one source, packaging/icons/myelin.svg, rendered at build time:
#   Linux    PNGs for the hicolor theme (16 to 512 px) plus the SVG itself
#   Windows  myelin.ico (PNG entries) for the executable and the installer
#   macOS    myelin.icns from an .iconset, made with Apple's iconutil
# Sets MYELIN_ICON_SVG, MYELIN_ICON_PNG_DIR, MYELIN_ICON_SIZES, MYELIN_ICO and MYELIN_ICNS.
set(MYELIN_ICON_SVG ${CMAKE_CURRENT_LIST_DIR}/myelin.svg)
set(MYELIN_ICON_NAME org.myelin.Myelin) # the application id: desktop file, AppStream, theme icon
set(MYELIN_ICON_SIZES 16 22 24 32 48 64 128 256 512)

find_program(MYELIN_RSVG_CONVERT rsvg-convert DOC "rsvg-convert, which renders the icon SVG to PNG")
if(NOT MYELIN_RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert was not found; it renders the application icon. Install it "
        "(Debian/Ubuntu: librsvg2-bin, Fedora: librsvg2-tools, Homebrew: librsvg, Windows: MSYS2 "
        "mingw-w64-ucrt-x86_64-librsvg) or pass -DMYELIN_RSVG_CONVERT=/path/to/rsvg-convert.")
endif()

# myelin_render_icon(OUT SIZE): a rule that renders the SVG to a SIZE x SIZE PNG at OUT.
function(myelin_render_icon out size)
    get_filename_component(dir ${out} DIRECTORY)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND ${MYELIN_RSVG_CONVERT} --width ${size} --height ${size} --output ${out} ${MYELIN_ICON_SVG}
        DEPENDS ${MYELIN_ICON_SVG}
        COMMENT "Rendering the ${size} px icon" VERBATIM)
endfunction()

# The build tree mirrors the installed hicolor theme: share/icons/hicolor/<n>x<n>/apps/.
set(MYELIN_ICON_PNG_DIR ${CMAKE_BINARY_DIR}/share/icons/hicolor)
set(icon_outputs)
foreach(size IN LISTS MYELIN_ICON_SIZES)
    set(png ${MYELIN_ICON_PNG_DIR}/${size}x${size}/apps/${MYELIN_ICON_NAME}.png)
    myelin_render_icon(${png} ${size})
    list(APPEND icon_outputs ${png})
endforeach()
set(svg_copy ${MYELIN_ICON_PNG_DIR}/scalable/apps/${MYELIN_ICON_NAME}.svg)
add_custom_command(OUTPUT ${svg_copy}
    COMMAND ${CMAKE_COMMAND} -E copy ${MYELIN_ICON_SVG} ${svg_copy}
    DEPENDS ${MYELIN_ICON_SVG} VERBATIM)
list(APPEND icon_outputs ${svg_copy})

# Windows .ico: built on every system (it is small), so the installer script and the version resource
# can be checked on Linux too (tests/packaging).
add_executable(myelin-mkico ${CMAKE_CURRENT_LIST_DIR}/mkico.cpp)
set_target_properties(myelin-mkico PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF) # plain C++, no Qt
set(MYELIN_ICO ${CMAKE_BINARY_DIR}/packaging/myelin.ico)
set(ico_pngs)
foreach(size 16 24 32 48 64 256)
    list(APPEND ico_pngs ${MYELIN_ICON_PNG_DIR}/${size}x${size}/apps/${MYELIN_ICON_NAME}.png)
endforeach()
add_custom_command(OUTPUT ${MYELIN_ICO}
    COMMAND myelin-mkico ${MYELIN_ICO} ${ico_pngs}
    DEPENDS myelin-mkico ${ico_pngs}
    COMMENT "Packing the Windows icon" VERBATIM)
list(APPEND icon_outputs ${MYELIN_ICO})

# macOS .icns: an .iconset with Apple's names (16 to 512 px, each also at @2x), then iconutil.
set(MYELIN_ICNS "")
if(APPLE)
    set(iconset ${CMAKE_BINARY_DIR}/packaging/myelin.iconset)
    set(iconset_pngs)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        myelin_render_icon(${iconset}/icon_${size}x${size}.png ${size})
        myelin_render_icon(${iconset}/icon_${size}x${size}@2x.png ${double})
        list(APPEND iconset_pngs ${iconset}/icon_${size}x${size}.png ${iconset}/icon_${size}x${size}@2x.png)
    endforeach()
    find_program(MYELIN_ICONUTIL iconutil REQUIRED)
    set(MYELIN_ICNS ${CMAKE_BINARY_DIR}/packaging/myelin.icns)
    add_custom_command(OUTPUT ${MYELIN_ICNS}
        COMMAND ${MYELIN_ICONUTIL} --convert icns --output ${MYELIN_ICNS} ${iconset}
        DEPENDS ${iconset_pngs}
        COMMENT "Making the macOS icon" VERBATIM)
    list(APPEND icon_outputs ${MYELIN_ICNS})
endif()

add_custom_target(icons ALL DEPENDS ${icon_outputs})
