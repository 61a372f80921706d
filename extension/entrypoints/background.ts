export default defineBackground(() => {
  // Wiring only: sync, alarms and notifications arrive with the extension issue (#6).
});
