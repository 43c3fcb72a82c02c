static int checkLength(int[] array, int length) {
    if (length <= 0) {
        return 0;
    }
    Objects.requireNonNull(array);
    Objects.requireNonNull(array, "array");
    if (length > array.length) {
        throw new ArrayIndexOutOfBoundsException(length - 1);
    }
    return array[length - 1];
}
