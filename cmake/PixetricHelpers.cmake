# Shared build settings for every Pixetric target.

function(pixetric_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra)
        if(PIXETRIC_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# Product code spells out every string conversion; tests may use plain literals.
function(pixetric_set_strict_strings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING)
endfunction()

# pixetric_library(NAME [LINK libs...])
# A static library made of every .cpp/.h in the calling folder. Its folder is its public
# include directory, so headers are included by file name.
function(pixetric_library name)
    cmake_parse_arguments(ARG "" "" "LINK;PRIVATE_LINK" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LINK} PRIVATE ${ARG_PRIVATE_LINK})
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    pixetric_set_warnings(${name})
    pixetric_set_strict_strings(${name})
endfunction()

# pixetric_precompile_qt(TARGET GROUP HEADERS...)
# Parsing Qt's headers is about half the work of building the test programs (and the widgets
# library) from scratch. The first target of a GROUP precompiles HEADERS; the later ones reuse
# that header, so the targets of one group must share their compile definitions (GCC ignores a
# header made with others and parses the text instead: slower, never wrong).
# PIXETRIC_PRECOMPILED_HEADERS=OFF turns it off.
function(pixetric_precompile_qt target group)
    if(NOT PIXETRIC_PRECOMPILED_HEADERS)
        return()
    endif()
    get_property(owner GLOBAL PROPERTY PIXETRIC_PCH_OWNER_${group})
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
    else()
        target_precompile_headers(${target} PRIVATE ${ARGN})
        set_property(GLOBAL PROPERTY PIXETRIC_PCH_OWNER_${group} ${target})
    endif()
endfunction()

# Translations. The GUI gets qt_add_translations: lrelease at build time, the .qm files embedded
# under :/i18n, and lupdate (targets update_translations, pixetric-studio_lupdate) scanning
# every product source folder, so strings of all layers land in translations/*.ts.
# The CLI embeds the same compiled catalogues without a lupdate target of its own.
function(pixetric_add_translations target)
    file(GLOB ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
    if(target STREQUAL "pixetric-studio")
        file(GLOB_RECURSE product_sources
            ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
            ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
            ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h)
        # Where the .qm files land differs between Qt versions: take the list, embed it ourselves
        # and publish it for the translation test.
        qt_add_translations(${target}
            TS_FILES ${ts_files}
            SOURCES ${product_sources}
            LUPDATE_OPTIONS -no-obsolete -locations relative
            QM_FILES_OUTPUT_VARIABLE qm_files)
        set_property(GLOBAL PROPERTY PIXETRIC_QM_FILES "${qm_files}")
    else()
        qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    endif()
    foreach(qm ${qm_files})
        get_filename_component(name ${qm} NAME)
        set_source_files_properties(${qm} PROPERTIES QT_RESOURCE_ALIAS ${name})
    endforeach()
    qt_add_resources(${target} "translations" PREFIX "/i18n" FILES ${qm_files})
endfunction()
