# Sourced by the scripts that run wasm-opt themselves (build-parser.sh, build-hydrate.sh,
# bench/size-breakdown.sh): the level and params that index.html's rust link gives trunk for
# the main wasm, read from that one place.
wasm_opt_level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html | head -1)
wasm_opt_params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | head -1)
