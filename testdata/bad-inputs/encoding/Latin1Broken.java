// Café written in Latin-1, and a method that never closes
class Latin1Broken {
    static final String KEY = "__KEY__";
    void m( {
}
