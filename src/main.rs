fn main() -> std::process::ExitCode {
    leadgap::main()
}
