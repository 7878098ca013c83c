# cmake -P script: install, configure + build the consumer project against the prefix, run it, check output.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(step)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(step_output "${out}" PARENT_SCOPE)
endfunction()

step(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --component claimgraph_development)
foreach(f include/claimgraph/graph/claim_graph.hpp include/claimgraph/parser/extract.hpp
          include/claimgraph/export/graph_writer.hpp)
    if(NOT EXISTS ${prefix}/${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
set(flags)
if(SANITIZE)  # the installed static libraries were compiled with the sanitizers: the program links their runtime
    set(flags "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined")
endif()
step(${CMAKE_COMMAND} -S ${PROJECT_DIR} -B ${WORK_DIR}/build -G ${GENERATOR} -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
     -DCMAKE_PREFIX_PATH=${prefix} ${flags})
step(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
step(${WORK_DIR}/build/consumer ${SEED})
message(STATUS "consumer output:\n${step_output}")
foreach(expected "graph: speakers=1 claims=2 outlets=2" "graphml: ok" "dot: ok" "extract: [0-9]+ attributions")
    if(NOT step_output MATCHES "${expected}")
        message(FATAL_ERROR "consumer output lacks '${expected}'")
    endif()
endforeach()
