// Every test may cover any project source file (tap's default guesses from file names).
export default () => ['src/**/*.ts', 'schemas/**/*.ts', 'scripts/lib/**/*.ts'];
