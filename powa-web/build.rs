//! The browser assets are installed from the npm registry by
//! `scripts/prereqs.sh` (`npm ci` in `assets/`) and embedded in the binary:
//! say so clearly when they are missing rather than fail in `include_bytes!`.

const ASSETS: &[&str] = &[
    "assets/node_modules/uplot/dist/uPlot.iife.min.js",
    "assets/node_modules/uplot/dist/uPlot.min.css",
];

fn main() {
    println!("cargo:rerun-if-changed=assets/package-lock.json");
    for asset in ASSETS {
        println!("cargo:rerun-if-changed={asset}");
        if !std::path::Path::new(asset).exists() {
            panic!(
                "powa-web embeds {asset}, which is not installed: run scripts/prereqs.sh \
                 (or `npm ci --prefix powa-web/assets`) first"
            );
        }
    }
}
