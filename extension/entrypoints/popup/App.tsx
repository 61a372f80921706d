/** The toolbar popup: the team's next deadlines (filled in by the extension issue). */
export function App() {
  return <main><h1>callwatch</h1></main>;
}
