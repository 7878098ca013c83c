# claimgraph_eval_scoring: gold loading, matching, scoring and the error report of the evaluation harness.
# Included from bench/eval (the program) and tests/eval (the tests, also in builds without bench/).
if(NOT TARGET claimgraph_eval_scoring)
    add_library(claimgraph_eval_scoring STATIC
        ${CMAKE_CURRENT_LIST_DIR}/src/spans.cpp ${CMAKE_CURRENT_LIST_DIR}/src/gold.cpp
        ${CMAKE_CURRENT_LIST_DIR}/src/scoring.cpp ${CMAKE_CURRENT_LIST_DIR}/src/report.cpp
        ${CMAKE_CURRENT_LIST_DIR}/src/carry.cpp)
    target_include_directories(claimgraph_eval_scoring PUBLIC ${CMAKE_CURRENT_LIST_DIR}/include)
    target_link_libraries(claimgraph_eval_scoring PUBLIC claimgraph::core claimgraph::parser
                          PRIVATE simdjson::simdjson claimgraph_warnings)
endif()
