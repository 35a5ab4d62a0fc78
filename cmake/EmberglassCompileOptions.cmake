# Warnings and Qt string hygiene shared by every target of the project.
add_library(eg_compile_options INTERFACE)
target_compile_options(eg_compile_options INTERFACE -Wall -Wextra -pedantic)
if(EMBERGLASS_WERROR)
    target_compile_options(eg_compile_options INTERFACE -Werror)
endif()
# GCC 12 at -O3 reports impossible overlaps in inlined std::string copies (GCC bug
# 105329); the warning is noise there, so it must not fail the -Werror build.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(eg_compile_options INTERFACE -Wno-restrict)
endif()
target_compile_definitions(eg_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# eg_add_stage(NAME SOURCES... LINKS ...): a static library for one stage.
function(eg_add_stage name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC ${ARG_LINKS} PRIVATE eg_compile_options)
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
endfunction()
