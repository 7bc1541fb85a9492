export { SessionGate } from './SessionGate';
export { SessionBar } from './SessionBar';
export { useSession, SESSION_CHANGED_EVENT } from './session-context';
export { AccountsPanel } from './accounts/AccountsPanel';
export { AuthFrame } from './AuthFrame';
export { SecretForm } from './accounts/SecretForm';
